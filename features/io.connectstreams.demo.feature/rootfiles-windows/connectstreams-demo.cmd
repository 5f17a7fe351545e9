@echo off
rem Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
rem SPDX-License-Identifier: EPL-2.0
rem Starts the Connect Streams demo CRM on Windows (connectstreams-demo on Linux and macOS). Maven Central has no
rem native Eclipse launcher, so this script replaces it; eclipse.ini is not read on this path.
rem
rem usage: connectstreams-demo.cmd [--data DIR] [Eclipse arguments...]
rem        connectstreams-demo.cmd control ^<sandbox client command^> [options]
rem
rem   --data DIR   the workspace (default: the "workspace" folder next to this script)
rem   control ...  drives the running demo's sandbox with the sandbox's command line (call --from +14255550100,
rem                callback --from ..., hangup ^<contactId^>, status, ...)
rem   --netns      is refused: network namespaces exist on Linux only
rem
rem Environment: JAVA_HOME (else java on the PATH), CONNECTSTREAMS_VMARGS (more JVM options, for example
rem -Ddemo.exitAfter=30), CONNECTSTREAMS_DATA (same as --data).
setlocal
set "home=%~dp0"
set "home=%home:~0,-1%"
set "java=java"
if defined JAVA_HOME set "java=%JAVA_HOME%\bin\java"
set "data=%home%\workspace"
if defined CONNECTSTREAMS_DATA set "data=%CONNECTSTREAMS_DATA%"

:options
if "%~1"=="--netns" goto netns
if "%~1"=="--no-netns" (shift & goto options)
if "%~1"=="--data" (
  if "%~2"=="" (echo connectstreams-demo: --data needs a directory 1>&2 & exit /b 2)
  set "data=%~f2"
  shift & shift & goto options
)
if "%~1"=="control" goto control
if /i "%CONNECTSTREAMS_NETNS%"=="1" goto netns
if /i "%CONNECTSTREAMS_NETNS%"=="true" goto netns

set "launcher="
for %%j in ("%home%\plugins\org.eclipse.equinox.launcher_*.jar") do set "launcher=%%~fj"
"%java%" -Dosgi.requiredJavaVersion=17 -Xms128m -Xmx1g -Dfile.encoding=UTF-8 %CONNECTSTREAMS_VMARGS% ^
  -jar "%launcher%" -data "%data%" -consoleLog -clearPersistedState %1 %2 %3 %4 %5 %6 %7 %8 %9
exit /b %errorlevel%

:control
shift
set "file=%data%\.metadata\.plugins\io.connectstreams.demo\sandbox.json"
if not exist "%file%" (echo connectstreams-demo: no running demo in %data% ^(%file% does not exist^) 1>&2 & exit /b 1)
set "sandbox="
for %%j in ("%home%\plugins\io.connectstreams.sandbox_*.jar") do set "sandbox=%%~fj"
"%java%" -jar "%sandbox%" %1 %2 %3 %4 %5 %6 %7 %8 %9 --connection-file "%file%"
exit /b %errorlevel%

:netns
echo connectstreams-demo: --netns needs Linux network namespaces; on Windows start the demo without it (the sandbox still listens on loopback only) 1>&2
exit /b 2
