namespace LineFlex;

/// <summary>
/// A pass over the model that gives a result for each type of node in a method of its own (Roslyn's
/// <c>SyntaxVisitor&lt;TResult&gt;</c> is the model): derive from it, override every <c>Visit{Node}</c> method and call
/// <see cref="Visit(object)"/>, or the overload for a component or an action. The methods are generated from the model's
/// declarations and abstract, so when a new type of node is declared, every pass written this way stops compiling
/// until it handles it.
/// </summary>
/// <typeparam name="TResult">What the pass makes of a node.</typeparam>
/// <remarks>See docs/architecture.md, "Walking the tree".</remarks>
internal abstract partial class FlexVisitor<TResult>
{
}
