namespace LineFlex.Sandbox;

/// <summary>
/// The mobile network a delivery report says a message went through, chosen by the destination's country calling
/// code so that a Thai number gets a Thai network and a Japanese one a Japanese network. Made up: the country codes
/// (MCC) are the real ones of each country, but the networks are the sandbox's own, and no report names a real operator.
/// </summary>
/// <param name="CallingCode">The country calling code the destination starts with (<c>66</c>), empty for the fallback.</param>
/// <param name="MccMnc">The report's <c>mccMnc</c>: the country's mobile country code and the network code <c>01</c>.</param>
/// <param name="Name">The network's made-up name, shown by the inbox.</param>
internal sealed record SandboxNetwork(string CallingCode, string MccMnc, string Name)
{
    /// <summary>For a number of no other country: 001-01, the mobile country and network code set aside for test networks.</summary>
    public static readonly SandboxNetwork Test = new(string.Empty, "00101", "Sandbox test network");

    /// <summary>The countries where LINE Official Notifications are offered, and Indonesia; longer codes first.</summary>
    public static readonly IReadOnlyList<SandboxNetwork> ByCountry =
    [
        new("886", "46601", "Sandbox Taiwan"),
        new("81", "44001", "Sandbox Japan"),
        new("66", "52001", "Sandbox Thailand"),
        new("62", "51001", "Sandbox Indonesia"),
    ];

    /// <summary>The network of <paramref name="to"/>, an international number with or without a leading <c>+</c>.</summary>
    public static SandboxNetwork Of(string to)
    {
        var digits = to.StartsWith('+') ? to[1..] : to;
        return ByCountry.FirstOrDefault(n => digits.StartsWith(n.CallingCode, StringComparison.Ordinal)) ?? Test;
    }
}
