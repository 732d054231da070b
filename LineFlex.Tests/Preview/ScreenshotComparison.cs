using Microsoft.Playwright;

namespace LineFlex.Tests.Preview;

/// <summary>
/// Compares a screenshot with its committed baseline in <c>Preview/__screenshots__/</c>, with a tolerance: at most
/// 1% of the pixels may differ by more than 24 in a channel, and the sizes must match. A missing baseline is written
/// (and the test passes) unless SNAPSHOOTER_STRICT_MODE is on, as in CI, where it fails. The pixels are compared in
/// the browser, on a canvas, so no image library is needed.
/// </summary>
internal static class ScreenshotComparison
{
    private const double Tolerance = 0.01;

    public static async Task MatchAsync(IBrowser browser, byte[] actual, string name)
    {
        var folder = Path.Combine(TestData.RepositoryRoot(), "LineFlex.Tests", "Preview", "__screenshots__");
        var baseline = Path.Combine(folder, name + ".png");
        if (!File.Exists(baseline))
        {
            if (Environment.GetEnvironmentVariable("SNAPSHOOTER_STRICT_MODE") == "on")
            {
                Assert.Fail($"No baseline screenshot {baseline}. Run the test once outside strict mode, look at the image, and commit it.");
            }

            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(baseline, actual);
            return;
        }

        var page = await browser.NewPageAsync();
        try
        {
            var result = await page.EvaluateAsync<double[]>(
                """
                async ([a, b]) => {
                  const load = src => new Promise((resolve, reject) => { const i = new Image(); i.onload = () => resolve(i); i.onerror = reject; i.src = src; });
                  const [x, y] = [await load(a), await load(b)];
                  if (x.width !== y.width || x.height !== y.height) return [x.width, x.height, y.width, y.height, -1];
                  const pixels = img => { const c = document.createElement('canvas'); c.width = img.width; c.height = img.height;
                    const g = c.getContext('2d'); g.drawImage(img, 0, 0); return g.getImageData(0, 0, img.width, img.height).data; };
                  const [p, q] = [pixels(x), pixels(y)];
                  let differ = 0;
                  for (let i = 0; i < p.length; i += 4) {
                    if (Math.abs(p[i] - q[i]) > 24 || Math.abs(p[i + 1] - q[i + 1]) > 24 || Math.abs(p[i + 2] - q[i + 2]) > 24) differ++;
                  }
                  return [x.width, x.height, y.width, y.height, differ / (p.length / 4)];
                }
                """,
                new[] { DataUrl(await File.ReadAllBytesAsync(baseline)), DataUrl(actual) });

            var mismatch = Path.Combine(folder, "__mismatch__", name + ".png");
            if (result[4] < 0 || result[4] > Tolerance)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(mismatch)!);
                await File.WriteAllBytesAsync(mismatch, actual);
            }

            Assert.Multiple(() =>
            {
                Assert.That((result[2], result[3]), Is.EqualTo((result[0], result[1])), $"the size of {name}; the new screenshot is in {mismatch}");
                Assert.That(result[4], Is.LessThanOrEqualTo(Tolerance), $"the share of pixels of {name} that differ; the new screenshot is in {mismatch}");
            });
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private static string DataUrl(byte[] png) => "data:image/png;base64," + Convert.ToBase64String(png);
}
