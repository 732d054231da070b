namespace LineFlex;

/// <summary>
/// The names under which LineFlex reports to OpenTelemetry (or any <c>ActivityListener</c> and <c>MeterListener</c>):
/// add them to a tracer and a meter provider, <c>.AddSource(LineFlexTelemetry.ActivitySourceName)</c> and
/// <c>.AddMeter(LineFlexTelemetry.MeterName)</c>. docs/transport.md lists every activity, tag and instrument.
/// </summary>
public static class LineFlexTelemetry
{
    /// <summary>The name of the <c>ActivitySource</c> of LineFlex's calls and bulk sends: <c>LineFlex</c>.</summary>
    public const string ActivitySourceName = "LineFlex";

    /// <summary>The name of the <c>Meter</c> that counts messages sent, failures and retries and times calls: <c>LineFlex</c>.</summary>
    public const string MeterName = "LineFlex";
}
