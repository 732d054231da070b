using LineFlex.Cli;

return await CliApp.RunAsync(args, CliConsole.Process());
