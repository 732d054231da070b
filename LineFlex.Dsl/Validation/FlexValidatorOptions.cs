using System.Collections.Frozen;

namespace LineFlex;

/// <summary>
/// Which of LineFlex's rules a validator leaves out: an account whose agreement with LINE differs from the published
/// guidelines turns the rules it does not need off by code, <c>new FlexValidatorOptions().Ignore("LF513")</c>.
/// Give it to <see cref="FlexValidator"/>, to the public validators (<see cref="LineMessageValidator"/>, ...), or set
/// it on the client with <c>services.AddLineFlex(o =&gt; o.Validation.Ignore("LF513"))</c>.
/// </summary>
/// <remarks>
/// A validator reads the options once, when it is made; changing them afterwards changes no validator already made.
/// Turning off a rule of Infobip's API (an error) moves its refusal to Infobip, after the message has left. See
/// docs/validation.md, section "Turning a rule off".
/// </remarks>
public sealed class FlexValidatorOptions
{
    private readonly HashSet<string> _ignored = new(StringComparer.Ordinal);

    /// <summary>The codes of the rules left out, in code order.</summary>
    public IReadOnlyList<string> Ignored => [.. _ignored.Order(StringComparer.Ordinal)];

    /// <summary>Leaves out the rules with <paramref name="codes"/> (<c>LF513</c>, see <see cref="FlexRules"/>): they report nothing.</summary>
    /// <returns>These options, to chain calls.</returns>
    /// <exception cref="ArgumentException">A code is no rule's code.</exception>
    public FlexValidatorOptions Ignore(params string[] codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        foreach (var code in codes)
        {
            if (code is null || !FlexRules.All.Any(r => r.Code == code))
            {
                throw new ArgumentException(
                    $"\"{code}\" is not the code of a LineFlex rule, so there is nothing to turn off. Use a code of FlexRules.All, such as "
                    + $"{FlexRules.NoImage.Code} ({FlexRules.NoImage.Checks}); docs/validation.md lists every rule.",
                    nameof(codes));
            }

            _ignored.Add(code);
        }

        return this;
    }

    /// <summary>The codes left out as a validator keeps them: null when none is.</summary>
    internal static FrozenSet<string>? Snapshot(FlexValidatorOptions? options) =>
        options is null || options._ignored.Count == 0 ? null : options._ignored.ToFrozenSet(StringComparer.Ordinal);
}
