using System.Text;
using LineFlex.Sandbox;
using Newtonsoft.Json.Linq;

namespace LineFlex.Tests.Sandbox;

/// <summary>A plain HttpClient pointed at a sandbox, with the two calls the tests make.</summary>
public sealed class SandboxClient : IDisposable
{
    public const string Authorization = "App test-key";

    public SandboxClient(SandboxServer server, TimeSpan? timeout = null)
    {
        Http = new HttpClient { BaseAddress = server.BaseUrl, Timeout = timeout ?? TimeSpan.FromSeconds(10) };
    }

    public HttpClient Http { get; }

    public static JObject SeedRequest() => (JObject)TestData.ParseToken(TestData.SeedRequestJson);

    public Task<HttpResponseMessage> PostMessagesAsync(JObject request, string? authorization = Authorization) =>
        PostMessagesAsync(request.ToString(Newtonsoft.Json.Formatting.None), authorization);

    public Task<HttpResponseMessage> PostMessagesAsync(string json, string? authorization = Authorization) =>
        SendAsync(
            new HttpRequestMessage(HttpMethod.Post, "line/1/messages") { Content = new StringContent(json, Encoding.UTF8, "application/json") },
            authorization);

    public Task<HttpResponseMessage> GetReportsAsync(string query = "", string? authorization = Authorization) =>
        GetAsync("line/1/reports" + query, authorization);

    public Task<HttpResponseMessage> GetAsync(string pathAndQuery, string? authorization = Authorization) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, pathAndQuery), authorization);

    /// <summary>Sends <paramref name="message"/> with <paramref name="authorization"/> as its Authorization header, if not null.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage message, string? authorization = Authorization, CancellationToken cancellationToken = default)
    {
        if (authorization is not null)
        {
            message.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return Http.SendAsync(message, cancellationToken);
    }

    public async Task<JArray> PullReportsAsync(string query = "")
    {
        using var response = await GetReportsAsync(query);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());
        return (JArray)(await ReadJsonAsync(response))["results"]!;
    }

    public static async Task<JObject> ReadJsonAsync(HttpResponseMessage response) =>
        (JObject)TestData.ParseToken(await response.Content.ReadAsStringAsync());

    public void Dispose() => Http.Dispose();
}
