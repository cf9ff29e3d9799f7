; Inno Setup script for netdesk: per-user install, Start menu entry, uninstaller, and ".vcf" and
; ".csv" offered under "Open with" without taking the default away from the user's address book
; or spreadsheet.
; Built by packaging/build.py:  iscc /DAppVersion=X.Y.Z /DBundleDir=... /DIconFile=... /Odist netdesk.iss

#ifndef AppVersion
  #error Pass /DAppVersion=X.Y.Z (packaging/build.py does)
#endif
#ifndef BundleDir
  #error Pass /DBundleDir=<PyInstaller one-folder bundle>
#endif
#ifndef IconFile
  #error Pass /DIconFile=<netdesk.ico rendered from resources/icons/netdesk.svg>
#endif

#define AppName "netdesk"
#define ProgId "netdesk.vcard"
#define CsvProgId "netdesk.csv"

[Setup]
AppId={{6E1B2C8A-4F3D-4D2B-9C71-0E5A7B3D2F10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=netdesk developers
AppPublisherURL=https://netdesk.org
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\netdesk.exe
UninstallDisplayName={#AppName}
OutputBaseFilename=netdesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\netdesk.exe"; Comment: "Personal CRM"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\netdesk.exe"; Tasks: desktopicon

[Registry]
; The ProgID that describes how netdesk opens a vCard. HKA = HKCU for a per-user install.
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "vCard contact (netdesk)"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\netdesk.exe,0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\netdesk.exe"" ""%1"""
; Listed under "Open with" only: OpenWithProgids adds a choice, the (Default) value of .vcf is left alone.
Root: HKA; Subkey: "Software\Classes\.vcf\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
; A contacts CSV (Google, Outlook, LinkedIn) opens netdesk's import as a vCard does; spreadsheets
; keep .csv's default.
Root: HKA; Subkey: "Software\Classes\{#CsvProgId}"; ValueType: string; ValueName: ""; ValueData: "Contacts CSV (netdesk)"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#CsvProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\netdesk.exe,0"
Root: HKA; Subkey: "Software\Classes\{#CsvProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\netdesk.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.csv\OpenWithProgids"; ValueType: string; ValueName: "{#CsvProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\netdesk.exe"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\netdesk.exe\SupportedTypes"; ValueType: string; ValueName: ".vcf"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\netdesk.exe\SupportedTypes"; ValueType: string; ValueName: ".csv"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\netdesk.exe\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\netdesk.exe"" ""%1"""

[Run]
Filename: "{app}\netdesk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
