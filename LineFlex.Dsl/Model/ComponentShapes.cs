namespace LineFlex;

// The node side of a capability: each shape several components share is nested in the capability interface
// its builders implement (Building/Capabilities.cs), so a capability has one name for the model and the
// builder, and the validator writes each rule once.

/// <content>The node side of the capability.</content>
public partial interface IHasPosition
{
    /// <summary>A component with <c>position</c> and the four offsets: BOX, TEXT, IMAGE, ICON, BUTTON.</summary>
    internal interface Node
    {
        FlexPosition? Position { get; }

        FlexOffset? OffsetTop { get; }

        FlexOffset? OffsetBottom { get; }

        FlexOffset? OffsetStart { get; }

        FlexOffset? OffsetEnd { get; }
    }
}

/// <content>The node side of the capability.</content>
public partial interface IHasFlex
{
    /// <summary>A component with <c>flex</c>: BOX, TEXT, IMAGE, BUTTON.</summary>
    internal interface Node
    {
        int? Flex { get; }
    }
}

/// <content>The node side of the capability.</content>
public partial interface IHasGravity
{
    /// <summary>A component with <c>gravity</c>: TEXT, IMAGE, BUTTON.</summary>
    internal interface Node
    {
        FlexGravity? Gravity { get; }
    }
}
