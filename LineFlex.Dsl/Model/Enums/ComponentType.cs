namespace LineFlex;

/// <summary>The <c>type</c> of a component.</summary>
public enum ComponentType
{
    /// <summary><c>BOX</c>.</summary>
    Box,

    /// <summary><c>TEXT</c>.</summary>
    Text,

    /// <summary><c>SPAN</c>.</summary>
    Span,

    /// <summary><c>IMAGE</c>.</summary>
    Image,

    /// <summary><c>ICON</c>.</summary>
    Icon,

    /// <summary><c>BUTTON</c>.</summary>
    Button,

    /// <summary><c>SEPARATOR</c>.</summary>
    Separator,
}
