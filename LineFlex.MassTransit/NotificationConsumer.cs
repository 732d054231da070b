using System.Reflection;
using System.Text.Json;
using MassTransit;

namespace LineFlex;

/// <summary>
/// Sends batches of <see cref="NotificationRequest"/>s: builds each message and validates it with the checks the client
/// runs before a send (<see cref="SendValidator"/>: LineFlex's rules, the team's validators, the approval check), writes it to the ledger,
/// claims it, takes a slot of the account's rate limit, sends the claimed ones in one Infobip request, records the
/// answer and publishes one <see cref="NotificationOutcome"/> per message. A redelivered message its dead worker
/// had claimed is marked ambiguous, not sent; a duplicate of a message already claimed is neither sent nor published.
/// </summary>
internal sealed class NotificationConsumer(
    ILineFlexClient client,
    NotificationLedger ledger,
    LineFlexWorkerOptions options,
    AccountRateLimit rateLimit,
    WorkerInstruments instruments,
    SendValidator validator,
    FlexTemplateRegistry? templates = null) : IConsumer<Batch<NotificationRequest>>
{
    public async Task Consume(ConsumeContext<Batch<NotificationRequest>> context)
    {
        var token = context.CancellationToken;
        var entries = new List<LedgerEntry>();
        var ready = new Dictionary<string, (LineMessage Message, string? CampaignId, Guid TransportId)>(StringComparer.Ordinal);
        var outcomes = new List<NotificationOutcome>();
        foreach (var item in context.Message)
        {
            var request = item.Message;
            var transportId = item.MessageId ?? throw new InvalidOperationException("The broker message has no MessageId; MassTransit always sets one.");
            var messageId = string.IsNullOrWhiteSpace(request.MessageId) ? transportId.ToString("N") : request.MessageId;
            if (ready.ContainsKey(messageId))
            {
                instruments.Count("duplicate");
                continue;
            }

            var (message, findings) = await BuildAsync(request, messageId, token).ConfigureAwait(false);
            if (message is null)
            {
                entries.Add(new LedgerEntry(messageId, request.CampaignId, "failed", request.To, null, string.Join("; ", findings)));
                outcomes.Add(new NotificationOutcome(messageId, request.CampaignId, NotificationStatus.Refused, null, findings, "refused before sending: " + string.Join("; ", findings)));
                continue;
            }

            entries.Add(new LedgerEntry(messageId, request.CampaignId, "received", request.To, FlexJson.Serialize(message), null));
            ready[messageId] = (message, request.CampaignId, transportId);
        }

        if (entries.Count > 0)
        {
            await ledger.ReceiveAsync(entries, token).ConfigureAwait(false);
        }

        instruments.Count("refused", outcomes.Count);
        var candidates = ready.Select(r => (r.Key, r.Value.TransportId)).ToList();
        var claimed = candidates.Count == 0 ? [] : await ledger.ClaimAsync(options.WorkerName, candidates, token).ConfigureAwait(false);
        var unclaimed = candidates.Where(c => !claimed.Contains(c.Key)).ToList();
        if (unclaimed.Count > 0)
        {
            var ambiguous = await ledger.MarkRedeliveredAmbiguousAsync(options.WorkerName, unclaimed, token).ConfigureAwait(false);
            foreach (var (id, evidence) in ambiguous)
            {
                outcomes.Add(new NotificationOutcome(id, ready[id].CampaignId, NotificationStatus.Ambiguous, null, [], evidence));
            }

            instruments.Count("ambiguous", ambiguous.Count);
            instruments.Count("duplicate", unclaimed.Count - ambiguous.Count);
        }

        var toSend = ready.Where(r => claimed.Contains(r.Key)).ToList();
        if (toSend.Count > 0)
        {
            outcomes.AddRange(await SendAsync(toSend, token).ConfigureAwait(false));
        }

        // All at once: one by one, each would wait for the broker's confirmation before the next.
        await context.PublishBatch(outcomes, CancellationToken.None).ConfigureAwait(false);
    }

    private async Task<IEnumerable<NotificationOutcome>> SendAsync(
        List<KeyValuePair<string, (LineMessage Message, string? CampaignId, Guid TransportId)>> batch,
        CancellationToken token)
    {
        var ids = batch.Select(b => b.Key).ToList();
        var request = new LineRequest { Messages = ValueList.From(batch.Select(b => b.Value.Message)) };
        NotificationOutcome Outcome(KeyValuePair<string, (LineMessage, string? CampaignId, Guid)> b, NotificationStatus status, string? bulkId, string? error) =>
            new(b.Key, b.Value.CampaignId, status, bulkId, [], error);

        while (true)
        {
            var waited = await rateLimit.WaitAsync(token).ConfigureAwait(false);
            instruments.Sent(waited);
            try
            {
                var sent = await client.SendAsync(request, SendOptions.WithoutValidation, token).ConfigureAwait(false);
                await ledger.RecordAsync(ids, LedgerState.Accepted, sent.BulkId, null, CancellationToken.None).ConfigureAwait(false);
                instruments.Count("accepted", ids.Count);
                return batch.Select(b => Outcome(b, NotificationStatus.Accepted, sent.BulkId, null)).ToList();
            }
            catch (LineFlexApiException e) when (e.StatusCode == 429)
            {
                // Nothing was processed: every worker of the account waits, then this batch goes again.
                instruments.Paused();
                await rateLimit.PauseAsync(e.RetryAfter ?? options.DefaultRetryAfter, token).ConfigureAwait(false);
            }
            catch (LineFlexException e)
            {
                var state = e.MayHaveBeenDelivered ? LedgerState.Ambiguous : LedgerState.Failed;
                await ledger.RecordAsync(ids, state, null, e.Message, CancellationToken.None).ConfigureAwait(false);
                instruments.Count(e.MayHaveBeenDelivered ? "ambiguous" : "failed", ids.Count);
                var status = e.MayHaveBeenDelivered ? NotificationStatus.Ambiguous : NotificationStatus.Failed;
                return batch.Select(b => Outcome(b, status, null, e.Message)).ToList();
            }
        }
    }

    /// <summary>The message to send, with its sender and one destination carrying the message id; or why there is none.</summary>
    private async Task<(LineMessage? Message, IReadOnlyList<string> Findings)> BuildAsync(NotificationRequest request, string messageId, CancellationToken token)
    {
        if (string.IsNullOrWhiteSpace(request.To))
        {
            return (null, ["to: the destination phone number is required (NotificationRequest.To)"]);
        }

        LineMessage message;
        try
        {
            if (request.Template is { } name)
            {
                if (templates is null || !templates.TryGet(name, out var template))
                {
                    var known = templates is null ? "none is registered (call services.AddFlexTemplates(...))" : "registered: " + string.Join(", ", templates.Templates.Select(t => t.Name));
                    return (null, [$"template: no template named '{name}'; {known}"]);
                }

                message = BuildFromTemplate(template, request.Model);
            }
            else if (request.Message is { } json)
            {
                message = FlexJson.Deserialize<LineMessage>(json);
            }
            else
            {
                return (null, ["$: a notification request needs a Template (with its Model) or a Message"]);
            }
        }
        catch (JsonException e)
        {
            return (null, [$"model{(e.Path is null ? string.Empty : e.Path.TrimStart('$'))}: the model is not valid JSON for the template ({e.Message})"]);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException or FlexJsonException)
        {
            return (null, [$"message: it could not be built ({e.Message})"]);
        }

        message = message with
        {
            Sender = message.Sender ?? request.Sender ?? options.Sender,
            Destinations = ValueList.From([new LineDestination { To = request.To, MessageId = messageId }]),
        };
        var report = await validator.ValidateAsync(message, token).ConfigureAwait(false);
        return report.IsValid ? (message, []) : (null, [.. report.Errors.Select(f => f.ToString())]);
    }

    private static LineMessage BuildFromTemplate(IFlexTemplate template, string? model)
    {
        if (string.IsNullOrWhiteSpace(model))
        {
            throw new ArgumentException($"the template '{template.Name}' needs its model as JSON (NotificationRequest.Model)");
        }

        var value = JsonSerializer.Deserialize(model, template.ModelType, NotificationRequest.ModelJson)
            ?? throw new ArgumentException($"the model of template '{template.Name}' is null");
        var build = template.GetType().GetMethod("Build", [template.ModelType])
            ?? throw new InvalidOperationException($"the template '{template.Name}' has no Build({template.ModelType.Name})");
        try
        {
            return (LineMessage)build.Invoke(template, [value])!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw new InvalidOperationException(e.InnerException.Message, e.InnerException);
        }
    }
}
