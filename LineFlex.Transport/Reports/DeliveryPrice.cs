namespace LineFlex;

/// <summary>What one message cost, as a delivery report states it (schema <c>MessagePrice</c>).</summary>
public sealed record DeliveryPrice
{
    /// <summary>The price of one message (<c>pricePerMessage</c>), exact as written in the report.</summary>
    public decimal? PricePerMessage { get; init; }

    /// <summary>The currency of the price (<c>currency</c>), such as <c>EUR</c>.</summary>
    public string? Currency { get; init; }
}
