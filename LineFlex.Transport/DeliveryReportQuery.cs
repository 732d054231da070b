namespace LineFlex;

/// <summary>The filters of <c>GET /line/1/reports</c>. Unset filters are left out.</summary>
public sealed record DeliveryReportQuery
{
    /// <summary>The most reports Infobip returns at once.</summary>
    public const int MaxLimit = 1000;

    /// <summary>Only the reports of this bulk.</summary>
    public string? BulkId { get; init; }

    /// <summary>Only the report of this message.</summary>
    public string? MessageId { get; init; }

    /// <summary>How many reports at most (1..1000; Infobip's default is 50).</summary>
    public int? Limit { get; init; }

    /// <summary>Only reports of this entity.</summary>
    public string? EntityId { get; init; }

    /// <summary>Only reports of this application.</summary>
    public string? ApplicationId { get; init; }

    /// <summary>Only reports of this campaign.</summary>
    public string? CampaignReferenceId { get; init; }

    internal void Validate()
    {
        if (Limit is < 1 or > MaxLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(Limit), Limit, $"DeliveryReportQuery.Limit is {Limit}; Infobip returns 1 to {MaxLimit} reports at once.");
        }
    }

    internal IReadOnlyList<KeyValuePair<string, string>> ToParameters()
    {
        var parameters = new List<KeyValuePair<string, string>>(6);
        Add("bulkId", BulkId);
        Add("messageId", MessageId);
        Add("limit", Limit?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("entityId", EntityId);
        Add("applicationId", ApplicationId);
        Add("campaignReferenceId", CampaignReferenceId);
        return parameters;

        void Add(string name, string? value)
        {
            if (value is not null)
            {
                parameters.Add(new(name, value));
            }
        }
    }
}
