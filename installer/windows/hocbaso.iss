; Inno Setup 6 script: the Windows installer of Học bạ số (built on Windows; see BUILDING.md).
; Input: the one-folder PyInstaller build in dist\hocbaso (make bundle / pyinstaller installer\hocbaso.spec).
; Output: dist\installer\hocbaso-setup-<version>.exe
;
; - Per-machine install into Program Files (administrator rights), 64-bit only: token middleware is
;   64-bit, and a 32-bit PKCS#11 DLL cannot load into a 64-bit process (engineering-notes §4.6).
; - Start-menu and (optional) desktop shortcuts start hocbaso-gui.exe (no console window).
; - .hocbaso-bundle files (USB-stick sync bundles, sync/bundle.py) open with the program.
; - The school's data is NOT in the program folder: databases, key files, backups and logs live in each
;   user's %LOCALAPPDATA%\hocbaso (platformdirs) or wherever the school chose. The uninstaller removes
;   only what it installed, so the school's database survives an uninstall or an upgrade.

#define AppName "Học bạ số"
#define AppVersion GetEnv("HOCBASO_VERSION")
#if AppVersion == ""
  #define AppVersion "0.1.0"
#endif
#define AppExe "hocbaso-gui.exe"
#define BundleExt ".hocbaso-bundle"
#define BundleProgId "HocBaSo.SyncBundle"

[Setup]
; A fixed AppId keeps upgrades in place; never change it.
AppId={{6C1E6A0B-3F43-4E8B-9A57-7D2B1C0B9E21}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=hocbaso-desktop
DefaultDirName={autopf}\HocBaSo
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist\installer
OutputBaseFilename=hocbaso-setup-{#AppVersion}
SetupIconFile=..\..\src\hocbaso_desktop\resources\icons\app-icon.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes

[Languages]
; Vietnamese.isl is an official Inno Setup translation (Languages\Unofficial in older releases; see BUILDING.md).
Name: "vi"; MessagesFile: "compiler:Languages\Vietnamese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "Tạo biểu tượng trên màn hình nền"; GroupDescription: "Biểu tượng:"

[Files]
; The whole one-folder build; replaced on upgrade, never the school's data (which is elsewhere).
Source: "..\..\dist\hocbaso\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\Kiểm tra cài đặt Học bạ số"; Filename: "{cmd}"; Parameters: "/k ""{app}\hocbaso.exe"" self-test"; WorkingDir: "{app}"
Name: "{group}\Gỡ cài đặt {#AppName}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
; File association for USB sync bundles, machine-wide; removed on uninstall.
Root: HKA; Subkey: "Software\Classes\{#BundleExt}"; ValueType: string; ValueName: ""; ValueData: "{#BundleProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#BundleProgId}"; ValueType: string; ValueName: ""; ValueData: "Gói đồng bộ Học bạ số"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#BundleProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#BundleProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --open ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "Mở {#AppName}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only files the program itself writes inside {app} (Python byte-code caches); no user data lives here.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
