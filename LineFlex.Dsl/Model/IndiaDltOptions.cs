namespace LineFlex;

/// <summary><c>regional.indiaDlt</c>: for SMS to numbers registered in India.</summary>
[FlexNode(Noun = "India DLT options")]
public sealed partial record IndiaDltOptions
{
    /// <summary><c>contentTemplateId</c>: the registered DLT content template.</summary>
    public string? ContentTemplateId { get; init; }

    /// <summary><c>principalEntityId</c> (required): your DLT principal entity id.</summary>
    [Wire(Required = true)] public string? PrincipalEntityId { get; init; }

    /// <summary><c>telemarketerId</c>: required for aggregators.</summary>
    public string? TelemarketerId { get; init; }
}
