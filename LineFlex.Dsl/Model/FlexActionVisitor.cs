namespace LineFlex;

/// <summary>
/// A pass over actions that handles each type of action in a method of its own: derive from it, override every
/// <c>Visit{Action}</c> method and call <see cref="Visit"/>. The methods are generated from the model's declarations,
/// so when a new type of action is added, every pass written this way stops compiling until it handles it.
/// </summary>
/// <typeparam name="TContext">What the pass hands each call (where the action stands, say).</typeparam>
/// <remarks>See docs/architecture.md, "Walking the tree".</remarks>
internal abstract partial class FlexActionVisitor<TContext>
{
}
