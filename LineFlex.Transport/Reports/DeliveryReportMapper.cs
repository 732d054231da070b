namespace LineFlex;

/// <summary>
/// Maps one report object, JSON or XML, to a <see cref="DeliveryReport"/>: the schema's field names
/// live here and nowhere else.
/// </summary>
internal static class DeliveryReportMapper
{
    /// <summary>Reads every field of the <c>DeliveryReport</c> schema from <paramref name="report"/>.</summary>
    public static DeliveryReport Map(ReportNode report) => new()
    {
        BulkId = report.String("bulkId"),
        MessageId = report.String("messageId"),
        To = report.String("to"),
        Sender = report.String("sender"),
        SentAt = report.Timestamp("sentAt"),
        DoneAt = report.Timestamp("doneAt"),
        MessageCount = report.Int32("messageCount"),
        MccMnc = report.String("mccMnc"),
        CallbackData = report.String("callbackData"),
        CampaignReferenceId = report.String("campaignReferenceId"),
        Price = report.Child("price") is { } price ? MapPrice(price) : null,
        Status = report.Child("status") is { } status ? MapStatus(status) : null,
        Error = report.Child("error") is { } error ? MapError(error) : null,
        Platform = report.Child("platform") is { } platform ? MapPlatform(platform) : null,
    };

    private static DeliveryPrice MapPrice(ReportNode price) => new()
    {
        PricePerMessage = price.Decimal("pricePerMessage"),
        Currency = price.String("currency"),
    };

    private static DeliveryStatus MapStatus(ReportNode status) => new()
    {
        GroupId = status.Int32("groupId"),
        GroupName = status.String("groupName"),
        Id = status.Int32("id"),
        Name = status.String("name"),
        Description = status.String("description"),
        Action = status.String("action"),
    };

    private static DeliveryError MapError(ReportNode error) => new()
    {
        GroupId = error.Int32("groupId"),
        GroupName = error.String("groupName"),
        Id = error.Int32("id"),
        Name = error.String("name"),
        Description = error.String("description"),
        Permanent = error.Boolean("permanent"),
    };

    private static DeliveryPlatform MapPlatform(ReportNode platform) => new()
    {
        EntityId = platform.String("entityId"),
        ApplicationId = platform.String("applicationId"),
    };
}
