@echo off
rem eit, as unpacked from its archive: needs a Java runtime (17 or later) and nothing else.
rem Runs from any folder, with spaces in paths; JAVA_HOME, when set, chooses the Java; EIT_JAVA_OPTS passes
rem options to it (set EIT_JAVA_OPTS=-Xmx8g).
setlocal
set "EIT_HOME=%~dp0.."
set "JAVACMD=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVACMD=%JAVA_HOME%\bin\java.exe"
if "%JAVACMD%"=="java" (
  where java >nul 2>nul || (
    echo eit: Java 17 or later is required: install it, or set JAVA_HOME ^(java not found^) 1>&2
    exit /b 1
  )
)
"%JAVACMD%" %EIT_JAVA_OPTS% -cp "%EIT_HOME%\lib\*" org.eit.cli.Main %*
exit /b %ERRORLEVEL%
