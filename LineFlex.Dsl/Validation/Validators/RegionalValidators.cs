namespace LineFlex;

// The rules of an SMS failover's regional options.

/// <summary>Validates <c>smsFailover.regional</c>.</summary>
internal sealed class RegionalValidator() : NodeValidator<RegionalOptions>(Check)
{
    public static void Check<T>(RegionalOptions regional, NodeChecks<T> c)
    {
        c.Child(regional.IndiaDlt, "indiaDlt", IndiaDltValidator.Check);
        c.Child(regional.TurkeyIys, "turkeyIys", TurkeyIysValidator.Check);
        c.Child(regional.SouthKorea, "southKorea", SouthKoreaValidator.Check);
    }
}

/// <summary>Validates <c>regional.indiaDlt</c>.</summary>
internal sealed class IndiaDltValidator() : NodeValidator<IndiaDltOptions>(Check)
{
    public static void Check<T>(IndiaDltOptions india, NodeChecks<T> c) =>
        c.RequiredText(FlexRules.PrincipalEntityIdRequired, "principalEntityId", india.PrincipalEntityId);
}

/// <summary>Validates <c>regional.turkeyIys</c>.</summary>
internal sealed class TurkeyIysValidator() : NodeValidator<TurkeyIysOptions>(Check)
{
    public static void Check<T>(TurkeyIysOptions turkey, NodeChecks<T> c)
    {
        c.Required(FlexRules.RecipientTypeRequired, "recipientType", turkey.RecipientType);
        c.WellFormed(turkey);
    }
}

/// <summary>Validates <c>regional.southKorea</c>.</summary>
internal sealed class SouthKoreaValidator() : NodeValidator<SouthKoreaOptions>(Check)
{
    public static void Check<T>(SouthKoreaOptions korea, NodeChecks<T> c)
    {
        c.MaxChars(FlexRules.SouthKoreaTitleLength, "title", korea.Title);
        if (korea.ResellerCode is { } code && (code < FlexRules.ResellerCodeDigits.Min || code > FlexRules.ResellerCodeDigits.Max))
        {
            c.Fail(FlexRules.ResellerCodeDigits, "resellerCode", $"resellerCode is {code}; it must be the nine-digit business registration number.", code);
        }
    }
}
