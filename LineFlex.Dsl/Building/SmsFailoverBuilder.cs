namespace LineFlex;

/// <summary>Builds a <see cref="LineFlex.SmsFailover"/>: sender, validity and regional parameters of the failover SMS.</summary>
public sealed class SmsFailoverBuilder
{
    private SmsFailover _failover;
    private RegionalOptions? _regional;

    internal SmsFailoverBuilder(string text) => _failover = new SmsFailover { Text = text };

    /// <summary>Sets <c>sender</c>: the SMS sender id.</summary>
    public SmsFailoverBuilder Sender(string sender)
    {
        ArgumentNullException.ThrowIfNull(sender);
        _failover = _failover with { Sender = sender };
        return this;
    }

    /// <summary>Sets the SMS's <c>validityPeriod</c>.</summary>
    public SmsFailoverBuilder ValidityPeriod(int amount, ValidityPeriodTimeUnit? timeUnit = null)
    {
        _failover = _failover with { ValidityPeriod = new ValidityPeriod { Amount = amount, TimeUnit = timeUnit } };
        return this;
    }

    /// <summary>Sets <c>regional.indiaDlt</c>.</summary>
    public SmsFailoverBuilder IndiaDlt(string principalEntityId, string? contentTemplateId = null, string? telemarketerId = null)
    {
        ArgumentNullException.ThrowIfNull(principalEntityId);
        _regional = (_regional ?? new()) with
        {
            IndiaDlt = new IndiaDltOptions
            {
                ContentTemplateId = contentTemplateId, PrincipalEntityId = principalEntityId, TelemarketerId = telemarketerId,
            },
        };
        return this;
    }

    /// <summary>Sets <c>regional.turkeyIys</c>.</summary>
    public SmsFailoverBuilder TurkeyIys(RecipientType recipientType, int? brandCode = null)
    {
        _regional = (_regional ?? new()) with { TurkeyIys = new TurkeyIysOptions { BrandCode = brandCode, RecipientType = recipientType } };
        return this;
    }

    /// <summary>Sets <c>regional.southKorea</c>.</summary>
    public SmsFailoverBuilder SouthKorea(string? title = null, int? resellerCode = null)
    {
        _regional = (_regional ?? new()) with { SouthKorea = new SouthKoreaOptions { Title = title, ResellerCode = resellerCode } };
        return this;
    }

    internal SmsFailover Build() => _failover with { Regional = _regional };
}
