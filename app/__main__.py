"""``python -m app`` and the ``kedang`` console script: a subcommand, or the program's windows."""
import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--self-test" in argv:  # before anything else: this is what tells whether the build works at all
        from app.ui import selftest

        return selftest.run()
    from app.cli import parse, run_command

    args = parse(argv)
    if args.command:
        return run_command(args)
    from app.ui.main import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
