; Inno Setup 6.4 script: the Windows installer of Village Station (村站).
;
; Packs the PyInstaller one-folder bundle (installer/build on Windows makes dist\station) into
; dist\village-station-VERSION-setup.exe. Compile with installer/build-windows-installer (ISCC from the npm
; package `innosetup`, under wine on Linux), or: ISCC.exe /DAppVersion=0.1.0 installer\windows\village-station.iss
;
; - per-user install without admin rights ({autopf} = %LOCALAPPDATA%\Programs); all users when run as admin
; - Simplified Chinese (our ChineseSimplified.isl) and English, chosen from the Windows display language
; - Start-menu shortcut, optional desktop shortcut, both with the app icon
; - the station's data lives in %LOCALAPPDATA%\VillageStation, which this installer never writes: an upgrade
;   or an uninstall leaves it in place (the app itself migrates it after a backup on first start)

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\station"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef Compression
  #define Compression "lzma2/max"
#endif

[Setup]
; AppId identifies the installation across versions and languages: never change it.
AppId={{F5F8DA94-CEBE-46CF-AFC5-D9D4CC39C410}
AppName={cm:AppName}
AppVersion={#AppVersion}
AppVerName={cm:NameAndVersion,{cm:AppName},{#AppVersion}}
AppPublisher=Village Station
AppCopyright=Village Station contributors
VersionInfoVersion={#AppVersion}
VersionInfoProductName=Village Station
VersionInfoDescription=Village Station (村站) Setup
DefaultDirName={autopf}\VillageStation
DefaultGroupName={cm:AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\..\resources\icons\station.ico
UninstallDisplayIcon={app}\VillageStation.exe
UninstallDisplayName={cm:AppName}
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes
RestartApplications=no
OutputDir={#OutputDir}
OutputBaseFilename=village-station-{#AppVersion}-setup
Compression={#Compression}
SolidCompression=yes

[Languages]
Name: "zh_CN"; MessagesFile: "ChineseSimplified.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
zh_CN.AppName=村站
en.AppName=Village Station

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the bundle's libraries wholesale, so no module of an older version lingers beside the new.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{cm:AppName}"; Filename: "{app}\VillageStation.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\{cm:AppName}"; Filename: "{app}\VillageStation.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\VillageStation.exe"; Description: "{cm:LaunchProgram,{cm:AppName}}"; Flags: nowait postinstall skipifsilent
