using LineFlex.Samples.Notify;

return await NotifyApp.RunAsync(args, Console.Out, CancellationToken.None);
