namespace LineFlex;

/// <summary>What the validator needs of every typed value: its text, whether it is well formed, and what would be.</summary>
internal interface IFlexValue
{
    string Value { get; }

    bool IsWellFormed { get; }

    string Expected { get; }
}
