namespace LineFlex;

// The rules of an SMS failover's regional options.

/// <summary>Validates <c>smsFailover.regional</c>.</summary>
internal sealed class RegionalValidator() : NodeValidator<RegionalOptions>(Check)
{
    public static void Check<T>(RegionalOptions regional, NodeChecks<T> c)
    {
        if (regional.IndiaDlt is { } india)
        {
            IndiaDltValidator.Check(india, c.Below("indiaDlt"));
        }

        if (regional.TurkeyIys is { } turkey)
        {
            TurkeyIysValidator.Check(turkey, c.Below("turkeyIys"));
        }

        if (regional.SouthKorea is { } korea)
        {
            SouthKoreaValidator.Check(korea, c.Below("southKorea"));
        }
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
        c.MaxChars(FlexRules.SouthKoreaTitleLength, "title", korea.Title, 66);
        if (korea.ResellerCode is { } code and not (>= 100_000_000 and <= 999_999_999))
        {
            c.Fail(FlexRules.ResellerCodeDigits, "resellerCode", $"resellerCode is {code}; it must be the nine-digit business registration number.", code);
        }
    }
}
