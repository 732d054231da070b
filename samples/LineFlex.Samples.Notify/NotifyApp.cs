using LineFlex.Gallery;
using LineFlex.Sandbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LineFlex.Samples.Notify;

/// <summary>
/// The example app: a generic host with <c>AddLineFlex</c> from configuration and the gallery's templates registered,
/// which sends each member a personalised points-earned notification in one bulk, with progress, and then reads the
/// delivery reports. Without <c>LineFlex:BaseUrl</c> it sends to an in-process sandbox.
/// </summary>
internal static class NotifyApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.Logging.ClearProviders();
        await using var sandbox = string.IsNullOrEmpty(builder.Configuration["LineFlex:BaseUrl"])
            ? await StartSandboxAsync(builder.Configuration, cancellationToken)
            : null;

        builder.Services.AddLineFlex(builder.Configuration.GetSection(LineFlexOptions.SectionName));
        builder.Services.AddFlexTemplates(typeof(Brand).Assembly);
        using var host = builder.Build();

        var templates = host.Services.GetRequiredService<FlexTemplateRegistry>();
        var client = host.Services.GetRequiredService<ILineFlexClient>();
        var sender = builder.Configuration["Notify:Sender"] ?? FlexSampleMessages.Sender;
        var template = templates.Get<Points>("points-earned");
        output.WriteLine(sandbox is null ? "Sending to the configured endpoint." : $"Sending to an in-process sandbox at {sandbox.BaseUrl}.");
        output.WriteLine($"{templates.Templates.Count} templates registered; sending \"{template.Name}\" to {Member.Examples.Count} members.");

        var messages = Member.Examples.Select(m => Flex.Message().Sender(sender).To(m.Phone).Template(template, m.Points).Build());
        var outcome = await client.SendAllAsync(messages, new ConsoleProgress(output), cancellationToken);
        output.WriteLine($"Sent: {outcome}");

        var bulkIds = outcome.Items.Select(i => i.BulkId).OfType<string>().Distinct().ToList();
        var reports = new List<DeliveryReport>();
        foreach (var bulkId in bulkIds)
        {
            reports.AddRange(await client.GetDeliveryReportsAsync(new DeliveryReportQuery { BulkId = bulkId }, cancellationToken));
        }

        foreach (var report in reports)
        {
            output.WriteLine($"  report: {report.MessageId} to {report.To}: {report.Status?.GroupName}/{report.Status?.Name}");
        }

        output.WriteLine($"{reports.Count} of {outcome.Accepted} delivery reports so far.");
        return outcome.Failed == 0 ? 0 : 1;
    }

    /// <summary>A sandbox that delivers at once, and the configuration that points the client at it.</summary>
    private static async Task<SandboxServer> StartSandboxAsync(IConfigurationManager configuration, CancellationToken cancellationToken)
    {
        var key = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        var sandbox = await SandboxServer.StartAsync(new SandboxOptions { ApiKey = key, DeliveryDelay = TimeSpan.Zero }, cancellationToken);
        configuration["LineFlex:BaseUrl"] = sandbox.BaseUrl.AbsoluteUri;
        configuration["LineFlex:ApiKey"] = key;
        return sandbox;
    }
}
