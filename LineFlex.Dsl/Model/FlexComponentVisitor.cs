namespace LineFlex;

/// <summary>
/// A pass over components that handles each type of component in a method of its own: derive from it, override every
/// <c>Visit{Component}</c> method and call <see cref="Visit"/>. The methods are generated from the model's declarations,
/// so when a new type of component is added, every pass written this way stops compiling until it handles it.
/// </summary>
/// <typeparam name="TContext">What the pass hands each call (where the component stands, say).</typeparam>
/// <remarks>See docs/architecture.md.</remarks>
internal abstract partial class FlexComponentVisitor<TContext>
{
}
