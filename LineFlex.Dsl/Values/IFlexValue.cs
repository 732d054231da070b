namespace LineFlex;

/// <summary>What the validator needs of every typed value: its text, whether it is well formed, and what would be.</summary>
internal interface IFlexValue
{
    string Value { get; }

    bool IsWellFormed { get; }

    string Expected { get; }
}

/// <summary>A typed value the reader can make from raw text, unchecked, as <c>Raw</c> does.</summary>
/// <typeparam name="TSelf">The value type itself.</typeparam>
internal interface IFlexValue<TSelf> : IFlexValue
    where TSelf : struct, IFlexValue<TSelf>
{
    static abstract TSelf Raw(string value);
}
