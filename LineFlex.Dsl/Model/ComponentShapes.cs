namespace LineFlex;

// The node side of a capability: each shape several components share is nested in the capability interface
// its builders implement (Building/Capabilities.cs), so a capability has one name for the model and the
// builder, and the validator writes each rule once.

/// <content>The node side of the capability.</content>
public partial interface IHasPosition
{
    /// <summary>
    /// A component with <c>position</c> and the four offsets: BOX, TEXT, IMAGE, ICON, BUTTON. They are declared here
    /// once, and a component names where they go on the wire with
    /// <c>[PropertiesOf(typeof(IHasPosition.Node), After = nameof(Margin))]</c>; a BOX, which writes the offsets before
    /// <c>position</c>, declares them itself.
    /// </summary>
    internal interface Node
    {
        /// <summary><c>position</c>: relative (the default) or absolute placement.</summary>
        [Shared("Placement")] FlexPosition? Position { get; }

        /// <summary><c>offsetTop</c>.</summary>
        [Shared("Placement")] FlexOffset? OffsetTop { get; }

        /// <summary><c>offsetBottom</c>.</summary>
        [Shared("Placement")] FlexOffset? OffsetBottom { get; }

        /// <summary><c>offsetStart</c>.</summary>
        [Shared("Placement")] FlexOffset? OffsetStart { get; }

        /// <summary><c>offsetEnd</c>.</summary>
        [Shared("Placement")] FlexOffset? OffsetEnd { get; }
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
