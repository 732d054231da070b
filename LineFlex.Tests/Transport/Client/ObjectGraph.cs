using System.Collections;
using System.Reflection;

namespace LineFlex.Tests.Transport.Client;

/// <summary>
/// Walks everything reachable from an exception through public properties, inner exceptions and
/// collections, so a test can prove that no text anywhere in it holds a secret and that no request
/// object (which would carry the Authorization header) hangs from it.
/// </summary>
internal static class ObjectGraph
{
    /// <summary>Every string reachable from <paramref name="root"/>, each object's ToString() included.</summary>
    public static IReadOnlyList<string> Texts(object root) => Walk(root).Texts;

    /// <summary>The type of every object reachable from <paramref name="root"/>.</summary>
    public static IReadOnlyList<Type> Types(object root) => Walk(root).Types;

    private static (List<string> Texts, List<Type> Types) Walk(object root)
    {
        var texts = new List<string>();
        var types = new List<Type>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Queue<(object Value, int Depth)>();
        pending.Enqueue((root, 0));
        while (pending.TryDequeue(out var item))
        {
            var (value, depth) = item;
            if (value is string text)
            {
                texts.Add(text);
                continue;
            }

            var type = value.GetType();
            if (type.IsPrimitive || type.IsEnum || value is MemberInfo or Assembly or Module or Delegate || !seen.Add(value) || depth > 8)
            {
                continue;
            }

            types.Add(type);
            texts.Add(value.ToString() ?? string.Empty);
            if (value is IEnumerable sequence and not string)
            {
                foreach (var element in sequence.Cast<object?>().Take(1000))
                {
                    Enqueue(element);
                }
            }

            if (value is IDictionary dictionary)
            {
                foreach (DictionaryEntry entry in dictionary)
                {
                    Enqueue(entry.Key);
                    Enqueue(entry.Value);
                }
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length > 0 || property.Name is nameof(Exception.TargetSite) or nameof(Exception.StackTrace))
                {
                    continue;
                }

                object? child;
                try
                {
                    child = property.GetValue(value);
                }
                catch (TargetInvocationException)
                {
                    continue;
                }

                Enqueue(child);
            }

            void Enqueue(object? child)
            {
                if (child is not null)
                {
                    pending.Enqueue((child, depth + 1));
                }
            }
        }

        return (texts, types);
    }
}
