namespace LineFlex;

/// <summary>
/// What was read from an answer, redacted field by field once decoded: a server may write the key escaped
/// (<c>\u0061</c>, <c>&amp;#97;</c>), which JSON and XML readers turn back into the key itself. Every text a
/// caller, a log or a trace is given goes through one of these.
/// </summary>
internal sealed partial class ServerText
{
    /// <summary>An error body with every text redacted.</summary>
    public ApiErrorBody Redact(ApiErrorBody body) => body with
    {
        ErrorCode = RedactOrNull(body.ErrorCode),
        Description = RedactOrNull(body.Description),
        Action = RedactOrNull(body.Action),
        Violations = ValueList.From(body.Violations.Select(v => new ApiViolation(Redact(v.Property), Redact(v.Violation)))),
        Resources = ValueList.From(body.Resources.Select(r => new ApiResource(Redact(r.Name), Redact(r.Url)))),
        RawExcerpt = RedactOrNull(body.RawExcerpt),
    };

    /// <summary>
    /// A send's result with every text redacted; a missing message list becomes an empty one. A result read into a
    /// <see cref="ValueList{T}"/> with nothing to redact, the usual one, is returned as it is.
    /// </summary>
    public SendResult Redact(SendResult result) => result.Messages is ValueList<SentMessage> && !HoldsSecret(result) ? result : new(
        RedactOrNull(result.BulkId),
        ValueList.From((result.Messages ?? []).Select(m => m is null ? m! : new SentMessage(
            RedactOrNull(m.MessageId),
            RedactOrNull(m.Destination),
            m.Status is { } s ? s with { GroupName = RedactOrNull(s.GroupName), Name = RedactOrNull(s.Name), Description = RedactOrNull(s.Description), Action = RedactOrNull(s.Action) } : null))));

    /// <summary>Whether any text of <paramref name="result"/> holds the key or a credential.</summary>
    private bool HoldsSecret(SendResult result)
    {
        if (HoldsSecret(result.BulkId))
        {
            return true;
        }

        foreach (var m in result.Messages)
        {
            if (m is not null && (HoldsSecret(m.MessageId) || HoldsSecret(m.Destination) || (m.Status is { } s
                && (HoldsSecret(s.GroupName) || HoldsSecret(s.Name) || HoldsSecret(s.Description) || HoldsSecret(s.Action)))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A delivery report with every text redacted.</summary>
    public DeliveryReport Redact(DeliveryReport report) => report with
    {
        BulkId = RedactOrNull(report.BulkId),
        MessageId = RedactOrNull(report.MessageId),
        To = RedactOrNull(report.To),
        Sender = RedactOrNull(report.Sender),
        MccMnc = RedactOrNull(report.MccMnc),
        CallbackData = RedactOrNull(report.CallbackData),
        CampaignReferenceId = RedactOrNull(report.CampaignReferenceId),
        Price = report.Price is { } price ? price with { Currency = RedactOrNull(price.Currency) } : null,
        Status = report.Status is { } status
            ? status with { GroupName = RedactOrNull(status.GroupName), Name = RedactOrNull(status.Name), Description = RedactOrNull(status.Description), Action = RedactOrNull(status.Action) }
            : null,
        Error = report.Error is { } error
            ? error with { GroupName = RedactOrNull(error.GroupName), Name = RedactOrNull(error.Name), Description = RedactOrNull(error.Description) }
            : null,
        Platform = report.Platform is { } platform
            ? platform with { EntityId = RedactOrNull(platform.EntityId), ApplicationId = RedactOrNull(platform.ApplicationId) }
            : null,
    };
}
