namespace LineFlex.Tests;

/// <summary>
/// What follows from the schema and is committed (the docs' property and dialect tables, the public-API snapshots) is
/// checked by the tests in <see cref="Category"/>, and written by the same tests with <see cref="Variable"/> set to 1:
/// <see cref="Command"/>.
/// </summary>
internal static class Regeneration
{
    /// <summary>The category of the tests that check, or write, what is generated and committed.</summary>
    public const string Category = "Generated";

    /// <summary>The environment variable that makes those tests write instead of check.</summary>
    public const string Variable = "LINEFLEX_REGENERATE";

    /// <summary>The one command that writes everything generated and committed.</summary>
    public const string Command = Variable + "=1 dotnet test LineFlex.Tests --filter TestCategory=" + Category;

    /// <summary>Whether this run writes instead of checking.</summary>
    public static bool IsRequested => Environment.GetEnvironmentVariable(Variable) == "1";
}
