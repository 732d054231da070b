namespace LineFlex;

/// <summary><c>options.smsFailover</c>: an SMS sent when the LINE message could not be delivered.</summary>
[FlexNode(Builder = typeof(SmsFailoverBuilder), Noun = "an SMS failover")]
public sealed partial record SmsFailover
{
    /// <summary><c>sender</c>: the SMS sender id.</summary>
    [Setter] public string? Sender { get; init; }

    /// <summary><c>text</c> (required): the SMS text.</summary>
    [Wire(Required = true)] public string? Text { get; init; }

    /// <summary><c>validityPeriod</c> of the SMS.</summary>
    public ValidityPeriod? ValidityPeriod { get; init; }

    /// <summary><c>regional</c>: parameters that some countries' laws require.</summary>
    public RegionalOptions? Regional { get; init; }
}
