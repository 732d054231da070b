namespace LineFlex;

/// <summary>Builds a <see cref="LineFlex.SmsFailover"/>: sender, validity and regional parameters of the failover SMS.</summary>
public sealed partial class SmsFailoverBuilder : IFlexBuilder
{
    // The state is one field per property of SmsFailover and its regional options, generated with the plain
    // setter Sender (SmsFailoverBuilder.g.cs).
    internal SmsFailoverBuilder(string text) => _text = text;

    /// <summary>Sets the SMS's <c>validityPeriod</c>.</summary>
    public SmsFailoverBuilder ValidityPeriod(int amount, ValidityPeriodTimeUnit? timeUnit = null)
    {
        _validityPeriod = new ValidityPeriod { Amount = amount, TimeUnit = timeUnit };
        return this;
    }

    /// <summary>Sets <c>regional.indiaDlt</c>.</summary>
    public SmsFailoverBuilder IndiaDlt(string principalEntityId, string? contentTemplateId = null, string? telemarketerId = null)
    {
        ArgumentNullException.ThrowIfNull(principalEntityId);
        _indiaDlt = new IndiaDltOptions
        {
            ContentTemplateId = contentTemplateId, PrincipalEntityId = principalEntityId, TelemarketerId = telemarketerId,
        };
        return this;
    }

    /// <summary>Sets <c>regional.turkeyIys</c>.</summary>
    public SmsFailoverBuilder TurkeyIys(RecipientType recipientType, int? brandCode = null)
    {
        _turkeyIys = new TurkeyIysOptions { BrandCode = brandCode, RecipientType = recipientType };
        return this;
    }

    /// <summary>Sets <c>regional.southKorea</c>.</summary>
    public SmsFailoverBuilder SouthKorea(string? title = null, int? resellerCode = null)
    {
        _southKorea = new SouthKoreaOptions { Title = title, ResellerCode = resellerCode };
        return this;
    }

    internal SmsFailover Build() => BuildSmsFailover();
}
