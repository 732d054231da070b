namespace LineFlex.Tests.Validation;

/// <summary>
/// Validation without the LON guideline rules (LF510 to LF515), for tests of other rules: those look at the whole
/// bubble (LINE's header and footer, the title first), so they would speak up in every small bubble a test builds.
/// </summary>
internal static class LonGuidelinesOff
{
    /// <summary>Options that turn off every LON guideline rule.</summary>
    public static FlexValidatorOptions Options => new FlexValidatorOptions().Ignore([.. FlexRules.LonGuidelines.Select(r => r.Code)]);

    /// <summary>A validator without the LON guideline rules, on <paramref name="clock"/>.</summary>
    public static FlexValidator Validator(TimeProvider? clock = null) => new(Options, clock);
}
