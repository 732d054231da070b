namespace LineFlex.Gallery;

/// <summary>The language a notification is written in. LINE approves one template per language.</summary>
public enum Language
{
    /// <summary>Thai.</summary>
    Thai,

    /// <summary>Japanese.</summary>
    Japanese,

    /// <summary>English.</summary>
    English,
}
