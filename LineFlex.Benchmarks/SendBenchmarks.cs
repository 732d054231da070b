using System.Net.Http.Headers;
using BenchmarkDotNet.Attributes;
using LineFlex.Sandbox;

namespace LineFlex.Benchmarks;

/// <summary>Workload 6: one request of 100 messages to the in-process sandbox over loopback, against a raw HttpClient posting the same bytes.</summary>
[MemoryDiagnoser]
public class SendBenchmarks
{
    private const string ApiKey = "benchmark-key";
    private SandboxServer _sandbox = null!;
    private LineFlexClient _client = null!;
    private LineFlexClient _unvalidated = null!;
    private HttpClient _http = null!;
    private LineRequest _request = null!;
    private byte[] _body = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { ApiKey = ApiKey, DeliveryDelay = TimeSpan.FromDays(1) });
        _client = new LineFlexClient(_sandbox.BaseUrl.AbsoluteUri, ApiKey);
        _unvalidated = new LineFlexClient(new LineFlexOptions { BaseUrl = _sandbox.BaseUrl.AbsoluteUri, ApiKey = ApiKey, ValidateBeforeSending = false });
        _http = new HttpClient { BaseAddress = _sandbox.BaseUrl };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("App", ApiKey);
        _request = new LineRequest { Messages = ValueList.From(Enumerable.Range(0, 100).Select(Workloads.BulkMessage)) };
        _body = FlexJson.SerializeToUtf8Bytes(_request);
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _client.Dispose();
        _unvalidated.Dispose();
        _http.Dispose();
        await _sandbox.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "raw HttpClient, prebuilt bytes")]
    public async Task<string> RawHttpClient()
    {
        using var content = new ByteArrayContent(_body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _http.PostAsync("line/1/messages", content);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    [Benchmark(Description = "LineFlex SendAsync")]
    public Task<SendResult> LineFlex() => _client.SendAsync(_request);

    [Benchmark(Description = "LineFlex SendAsync, validation off")]
    public Task<SendResult> LineFlexUnvalidated() => _unvalidated.SendAsync(_request);
}
