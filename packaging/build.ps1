# Build dist\KeDang.exe (one windowed file with icon and version information), run its self-test and
# time its start to the login window.   powershell -ExecutionPolicy Bypass -File packaging\build.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
py -3 -c "import run; run.ensure_environment('build,test')" | Out-Null
$py = ".venv\Scripts\python.exe"
$onedir = $env:KEDANG_ONEDIR
Remove-Item Env:KEDANG_ONEDIR -ErrorAction SilentlyContinue
$sw = [Diagnostics.Stopwatch]::StartNew()
& $py -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build\pyinstaller packaging\kedang.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
$size = [math]::Round((Get-Item dist\KeDang.exe).Length / 1MB, 1)
Write-Host "built dist\KeDang.exe in $([math]::Round($sw.Elapsed.TotalSeconds)) s, $size MB"
# The windowed program prints into this console when it is given --self-test.
$env:QT_QPA_PLATFORM = "offscreen"
& dist\KeDang.exe --self-test | Write-Host
if ($LASTEXITCODE -ne 0) { throw "the self-test failed" }
Remove-Item Env:QT_QPA_PLATFORM
& $py packaging\start_time.py dist\KeDang.exe
if ($onedir -eq "1") {
    $env:KEDANG_ONEDIR = "1"
    & $py -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller-dir packaging\kedang.spec
    & $py packaging\start_time.py dist\KeDang-folder\KeDang.exe
}
