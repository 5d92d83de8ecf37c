; Inno Setup script for shopapp (Inno Setup 6.3 or later).
;
; Packs the PyInstaller one-folder build (dist\shopapp\, made by installer\shopapp.spec on
; Windows) into dist\shopapp-<version>-setup.exe. From the repository root:
;
;     pyinstaller --noconfirm --workpath build\pyinstaller --distpath dist installer\shopapp.spec
;     "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\windows\shopapp.iss
;
; What the shopkeeper gets: an install for the current user only, with no administrator
; rights needed (into %LOCALAPPDATA%\Programs\shopapp), a Start menu entry (and one for the
; demo shop), a desktop icon if they keep the box ticked, and an uninstaller in Settings >
; Apps. Uninstalling removes the program only: the shop's database, proof-of-delivery
; files, backups and logs stay in the user's data folder (%LOCALAPPDATA%\PartnerShop\shopapp,
; or SHOPAPP_HOME), so reinstalling or updating picks up where the shop left off.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "shopapp"
#define AppLongName "shopapp - partner shop parcels"
#define AppPublisher "PartnerShop"
#define AppExeName "shopapp.exe"
#define Root "..\.."

; The folder must bundle Python 3.12 (the road engine, pyvalhalla, has wheels for 3.12 and up
; only, and the app is tested on 3.12): PyInstaller puts the interpreter in
; _internal\python312.dll. A folder built with another Python is refused; a build made with
; a later Python that has been checked can be packed with /DPythonDll=python313.dll.
#ifndef PythonDll
  #define PythonDll "python312.dll"
#endif
#ifnexist AddBackslash(SourcePath) + Root + "\dist\shopapp\_internal\" + PythonDll
  #error dist\shopapp\_internal has no python312.dll (or the PythonDll given): build dist\shopapp with Python 3.12 (py -3.12), see installer\README.md
#endif

[Setup]
; The AppId ties updates and the uninstaller to earlier installs: never change it.
AppId={{6B1F3C52-8E1D-4F5B-9C1A-2D7E4A9B0C31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppLongName} {#AppVersion}
AppPublisher={#AppPublisher}
; Per-user install, no UAC prompt: {autopf} is then %LOCALAPPDATA%\Programs. An IT person
; can still install for all users with /ALLUSERS on the command line.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Close a running shopapp before replacing its files (the database is safe: every action
; is committed at once), and do not restart it behind the shopkeeper's back.
CloseApplications=yes
RestartApplications=no
SetupIconFile={#Root}\resources\icons\shopapp.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppLongName}
OutputDir={#Root}\dist
OutputBaseFilename=shopapp-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole PyInstaller folder: shopapp.exe (windowed, for the shortcuts), shopapp-cli.exe
; (console: --self-test, sync, import-scans, ...) and _internal\.
Source: "{#Root}\dist\shopapp\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Files of an older version that this one no longer ships (a stale .pyd or Qt plugin could
; be loaded by mistake). Only the program folder's _internal\: never the user's data.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "Scan in, plan, deliver and sync the day's parcels"
Name: "{autoprograms}\{#AppName} demo shop"; Filename: "{app}\{#AppExeName}"; Parameters: "--demo"; Comment: "Try shopapp on a demo shop with demo parcels"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] on purpose: the uninstaller removes what Setup installed and
; nothing else, so the shop's data folder is left alone.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox('shopapp has been removed. The shop''s data (database, delivery proofs, ' +
      'backups and logs) was kept in ' + ExpandConstant('{localappdata}') +
      '\PartnerShop\shopapp. Delete that folder yourself only if you no longer need it.',
      mbInformation, MB_OK);
end;
