namespace LineFlex;

// The rules of a message's options. Each node type has its validator; inside a message they are checked where they
// stand, by each type's Check.

/// <summary>Validates a message's <c>options</c>.</summary>
internal sealed class MessageOptionsValidator() : NodeValidator<MessageOptions>(Check)
{
    /// <summary>The checks of a message's options and of everything they hold.</summary>
    public static void Check<T>(MessageOptions options, NodeChecks<T> c)
    {
        c.MaxChars(FlexRules.CampaignReferenceIdLength, "campaignReferenceId", options.CampaignReferenceId);
        c.Child(options.Platform, "platform", PlatformValidator.Check);
        c.Child(options.ValidityPeriod, "validityPeriod", ValidityPeriodValidator.Check);
        c.Child(options.DeliveryTimeWindow, "deliveryTimeWindow", DeliveryTimeWindowValidator.Check);
        c.Child(options.SmsFailover, "smsFailover", SmsFailoverValidator.Check);
    }
}

/// <summary>Validates <c>options.platform</c>.</summary>
internal sealed class PlatformValidator() : NodeValidator<PlatformOptions>(Check)
{
    public static void Check<T>(PlatformOptions platform, NodeChecks<T> c)
    {
        c.MaxChars(FlexRules.EntityIdLength, "entityId", platform.EntityId);
        c.MaxChars(FlexRules.ApplicationIdLength, "applicationId", platform.ApplicationId);
    }
}

/// <summary>Validates a <c>validityPeriod</c>, warning when Infobip would cut it to 48 hours.</summary>
internal sealed class ValidityPeriodValidator() : NodeValidator<ValidityPeriod>(Check)
{
    public static void Check<T>(ValidityPeriod period, NodeChecks<T> c)
    {
        c.RequiredAtLeast(FlexRules.ValidityAmountRequired, FlexRules.ValidityAmountRange, "amount", period.Amount);
        c.WellFormed(period);
        if (Hours(period) is { } hours && hours > FlexRules.ValidityOver48Hours.Max)
        {
            c.Fail(
                FlexRules.ValidityOver48Hours,
                "amount",
                $"The validity period is {hours:0.##} hours; Infobip cuts anything over {FlexRules.ValidityOver48Hours.Max} hours to {FlexRules.ValidityOver48Hours.Max} hours.",
                period.Amount);
        }
    }

    /// <summary>The period in hours, with Infobip's default unit (minutes); null when it cannot be known. A double never overflows here.</summary>
    internal static double? Hours(ValidityPeriod period) => (period.Amount, period.TimeUnit ?? ValidityPeriodTimeUnit.Minutes) switch
    {
        (null, _) => null,
        (var amount, ValidityPeriodTimeUnit.Seconds) => amount.Value / 3600d,
        (var amount, ValidityPeriodTimeUnit.Minutes) => amount.Value / 60d,
        (var amount, ValidityPeriodTimeUnit.Hours) => amount.Value,
        _ => null,
    };
}

/// <summary>Validates <c>options.deliveryTimeWindow</c>.</summary>
internal sealed class DeliveryTimeWindowValidator() : NodeValidator<DeliveryTimeWindow>(Check)
{
    public static void Check<T>(DeliveryTimeWindow window, NodeChecks<T> c)
    {
        c.NotEmptyList(FlexRules.DaysRequired, "days", window.Days);
        c.WellFormed(window);
        CheckEachDayOnce(window.Days, c);

        if (window.From is null && window.To is not null)
        {
            c.Fail(FlexRules.DeliveryWindowPair, "from", "to is set but from is not; set both from and to, or neither.", null);
        }

        if (window.To is null && window.From is not null)
        {
            c.Fail(FlexRules.DeliveryWindowPair, "to", "from is set but to is not; set both from and to, or neither.", null);
        }

        if (MinutesOpen(window.From, window.To) is { } minutes && minutes < FlexRules.DeliveryWindowSpan.Min)
        {
            c.Fail(FlexRules.DeliveryWindowSpan, "to", $"The window is open {minutes} minutes; from and to must be at least {FlexRules.DeliveryWindowSpan.Min} minutes apart.", window.To);
        }

        c.Child(window.From, "from", DeliveryTimeValidator.Check);
        c.Child(window.To, "to", DeliveryTimeValidator.Check);
    }

    /// <summary>Reports every naming of a day after its first, at <c>days[i]</c>; an undefined day is LF415's.</summary>
    private static void CheckEachDayOnce<T>(ValueList<DeliveryDay>? days, NodeChecks<T> c)
    {
        // The index of each day's first naming, plus one; a span over the seven days, so a long list costs one pass.
        Span<int> firstNamed = stackalloc int[(int)DeliveryDay.Sunday + 1];
        for (var i = 0; days is not null && i < days.Count; i++)
        {
            var day = (int)days[i];
            if ((uint)day >= (uint)firstNamed.Length)
            {
                continue;
            }

            if (firstNamed[day] == 0)
            {
                firstNamed[day] = i + 1;
            }
            else
            {
                var word = WireEnum<DeliveryDay>.Name(days[i]);
                c.Fail(
                    FlexRules.DuplicateDay,
                    $"days[{i}]",
                    $"{word} is already named at days[{firstNamed[day] - 1}]; name each day once. Was another day meant?",
                    word);
            }
        }
    }

    /// <summary>Minutes from <paramref name="from"/> forward to <paramref name="to"/>, past midnight if need be; null when either is incomplete.</summary>
    internal static int? MinutesOpen(DeliveryTime? from, DeliveryTime? to)
    {
        if (from is not { Hour: { } fromHour, Minute: { } fromMinute } || to is not { Hour: { } toHour, Minute: { } toMinute })
        {
            return null;
        }

        // Long arithmetic: extreme hours or minutes (validated elsewhere) must not overflow here.
        return (int)((((((long)toHour * 60) + toMinute) - (((long)fromHour * 60) + fromMinute)) % 1440 + 1440) % 1440);
    }
}

/// <summary>Validates a time of day.</summary>
internal sealed class DeliveryTimeValidator() : NodeValidator<DeliveryTime>(Check)
{
    public static void Check<T>(DeliveryTime time, NodeChecks<T> c)
    {
        c.RequiredBetween(FlexRules.HourRequired, FlexRules.HourRange, "hour", time.Hour);
        c.RequiredBetween(FlexRules.MinuteRequired, FlexRules.MinuteRange, "minute", time.Minute);
    }
}

/// <summary>Validates <c>options.smsFailover</c> and its regional parameters.</summary>
internal sealed class SmsFailoverValidator() : NodeValidator<SmsFailover>(Check)
{
    public static void Check<T>(SmsFailover failover, NodeChecks<T> c)
    {
        c.RequiredText(FlexRules.SmsTextRequired, "text", failover.Text);
        c.Child(failover.ValidityPeriod, "validityPeriod", ValidityPeriodValidator.Check);
        c.Child(failover.Regional, "regional", RegionalValidator.Check);
    }
}
