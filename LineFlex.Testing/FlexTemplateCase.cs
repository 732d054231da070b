using System.Reflection;
using System.Runtime.CompilerServices;

namespace LineFlex.Testing;

/// <summary>
/// One template with one of its samples: a test case. <see cref="All(Assembly)"/> lists every case of an
/// assembly, for a <c>TestCaseSource</c>, so adding a template or a sample adds its tests:
/// <code>
/// private static IEnumerable&lt;FlexTemplateCase&gt; Cases() =&gt; FlexTemplateCase.All(typeof(OrderShipped).Assembly);
///
/// [TestCaseSource(nameof(Cases))]
/// public void Each_template_sample_matches_its_snapshot(FlexTemplateCase c) =&gt; c.MatchSnapshot();
/// </code>
/// </summary>
/// <param name="Template">The template.</param>
/// <param name="Sample">The name of one of its samples.</param>
/// <remarks>See docs/testing.md.</remarks>
public sealed record FlexTemplateCase(IFlexTemplate Template, string Sample)
{
    /// <summary>The snapshot's name: <c>{template}.{sample}</c> (<c>order-shipped.th</c>).</summary>
    public string SnapshotName => Template.Name + "." + Sample;

    /// <summary>Every template of <paramref name="assembly"/> with every one of its samples, in the registry's order.</summary>
    public static IEnumerable<FlexTemplateCase> All(Assembly assembly) => All(FlexTemplateRegistry.FromAssembly(assembly));

    /// <summary>Every template of <paramref name="registry"/> with every one of its samples.</summary>
    public static IEnumerable<FlexTemplateCase> All(FlexTemplateRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry.Templates.SelectMany(t => t.SampleNames.Select(s => new FlexTemplateCase(t, s)));
    }

    /// <summary>The sample's message, from <see cref="FlexSampleMessages.Sender"/> to <see cref="FlexSampleMessages.To"/>.</summary>
    public LineMessage Build() => FlexSampleMessages.Message(Template, Sample);

    /// <summary>Validates the sample's message and matches it with the snapshot <see cref="SnapshotName"/> beside the calling test file; see <see cref="FlexSnapshot.Match(object, string, string)"/>.</summary>
    /// <param name="snapshot">The checker; <see cref="FlexSnapshot.Default"/> when null.</param>
    /// <param name="callerFilePath">Filled in by the compiler: the test's source file.</param>
    /// <returns>The validation report, with any warnings.</returns>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public FlexValidationReport MatchSnapshot(FlexSnapshot? snapshot = null, [CallerFilePath] string callerFilePath = "") =>
        (snapshot ?? FlexSnapshot.Default).Match(Build(), SnapshotName, callerFilePath, Assembly.GetCallingAssembly());

    /// <summary>The case as a test runner shows it: <c>order-shipped/th</c>.</summary>
    public override string ToString() => Template.Name + "/" + Sample;
}
