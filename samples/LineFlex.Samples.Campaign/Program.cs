using LineFlex.Samples.Campaign;

return args is ["--worker", ..] ? await WorkerProcess.RunAsync(args[1..]) : await ChaosRun.RunAsync(args, Console.Out);
