"""Draw KeDang's icon (a filing folder with a tab and a label) as resources/icons/kedang.png and .ico.

Run once when the design changes: ``python packaging/make_icon.py``. Pillow only, no font needed.
"""
from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"


def draw(size: int = 256) -> Image.Image:
    s = size / 256
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((8 * s, 8 * s, 248 * s, 248 * s), radius=44 * s, fill=(27, 94, 158, 255))
    d.rounded_rectangle((48 * s, 70 * s, 128 * s, 110 * s), radius=10 * s, fill=(250, 214, 120, 255))  # the tab
    d.rounded_rectangle((40 * s, 92 * s, 216 * s, 204 * s), radius=14 * s, fill=(255, 226, 140, 255))  # the folder
    d.rounded_rectangle((70 * s, 124 * s, 186 * s, 172 * s), radius=6 * s, fill=(255, 255, 255, 255))  # the label
    for i, y in enumerate((138, 156)):
        d.rectangle((82 * s, y * s, (174 - 30 * i) * s, (y + 6) * s), fill=(27, 94, 158, 255))
    return img


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    icon = draw(256)
    icon.save(OUT / "kedang.png")
    icon.save(OUT / "kedang.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    print(f"wrote {OUT / 'kedang.png'} and {OUT / 'kedang.ico'}")


if __name__ == "__main__":
    main()
