namespace LineFlex;

// The shapes several components share, so the validator writes each rule once.

/// <summary>A component with <c>position</c> and the four offsets.</summary>
internal interface IPlaced
{
    FlexPosition? Position { get; }

    FlexOffset? OffsetTop { get; }

    FlexOffset? OffsetBottom { get; }

    FlexOffset? OffsetStart { get; }

    FlexOffset? OffsetEnd { get; }
}

/// <summary>A component with <c>flex</c>.</summary>
internal interface IFlexible
{
    int? Flex { get; }
}

/// <summary>A component with <c>gravity</c>.</summary>
internal interface IGravitated
{
    FlexGravity? Gravity { get; }
}
