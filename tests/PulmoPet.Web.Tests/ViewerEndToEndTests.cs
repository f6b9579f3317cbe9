using System.Text.Json.Nodes;
using PulmoPet.Web.Workspace;

namespace PulmoPet.Web.Tests;

/// <summary>
/// The viewer in a real browser: headless Chromium loads the page from `ViewerServer`, a person's clicks open a
/// case and a lesion, and the WebGL canvas is read back. Expected positions are the test spheres' centres
/// (closed form), converted from LPS to RAS by hand.
/// </summary>
public sealed class ViewerEndToEndTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    /// <summary>Counts canvas pixels right after a redraw (the drawing buffer is only readable in the same task).</summary>
    private const string CanvasStatistics = """
        (() => {
          const nv = window.pulmopetViewer.nv;
          nv.drawScene();
          const gl = nv.gl;
          const width = gl.drawingBufferWidth, height = gl.drawingBufferHeight;
          const pixels = new Uint8Array(width * height * 4);
          gl.readPixels(0, 0, width, height, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
          let lit = 0, hot = 0, cyan = 0, hash = 0;
          for (let i = 0; i < pixels.length; i += 4) {
            const r = pixels[i], g = pixels[i + 1], b = pixels[i + 2];
            if (r + g + b > 30) lit++;
            if (r > b + 40 && r >= g) hot++;
            if (g > r + 40 && b > r + 40) cyan++;
            hash = (hash * 31 + r * 7 + g * 3 + b) % 1000000007;
          }
          return { width, height, lit, hot, cyan, hash };
        })()
        """;

    [Fact]
    public async Task Loading_a_case_renders_fused_PET_CT_and_clicking_a_lesion_centres_the_crosshair_on_it()
    {
        using var timeout = new CancellationTokenSource(Limit);
        CancellationToken token = timeout.Token;
        using var workspace = new TestWorkspace();
        await using var server = await ViewerServer.StartAsync(StudyWorkspace.Open(workspace.Root), 0, token);
        await using var chromium = await HeadlessChromium.StartAsync(token);
        await using var page = await chromium.OpenPageAsync(token);

        await page.SendAsync("Page.navigate", new { url = server.Address.ToString() }, token);
        await WaitForAsync(page, "document.querySelector('#case-list button') !== null", token);
        await ClickElementAsync(page, $"#case-list button[data-case-id='{TestWorkspace.CaseId}']", token);
        await WaitForAsync(page, "window.pulmopetViewer.state.ready || window.pulmopetViewer.state.error !== null", token);
        Assert.Null(await page.EvaluateAsync("window.pulmopetViewer.state.error", token));
        Assert.Equal(["ct.nii", "pet.nii", "lesions.nii"],
            (await page.EvaluateAsync("window.pulmopetViewer.nv.volumes.map(v => v.name)", token))!.AsArray().Select(n => n!.GetValue<string>()));

        // The table lists the pipeline's lesions; lesion 1 is the SUV 8 sphere.
        Assert.Equal(workspace.LesionCount, (await page.EvaluateAsync("document.querySelectorAll('#lesion-table tbody tr').length", token))!.GetValue<int>());
        Assert.Equal("8.00", (await page.EvaluateAsync("document.querySelector('#lesion-table tbody tr[data-lesion-id=\"1\"] td:nth-child(2)').textContent", token))!.GetValue<string>());

        // The canvas shows an image, and the PET adds hot-coloured pixels to it (the colour bar has some of its own,
        // so compare with the PET overlay made transparent through the page's own opacity control).
        JsonNode fused = (await page.EvaluateAsync(CanvasStatistics, token))!;
        await SaveScreenshotIfAskedAsync(page, token);
        await SetInputAsync(page, "#pet-opacity", "0", token);
        JsonNode ctOnly = (await page.EvaluateAsync(CanvasStatistics, token))!;
        await SetInputAsync(page, "#pet-opacity", "0.7", token);
        int pixels = fused["width"]!.GetValue<int>() * fused["height"]!.GetValue<int>();
        Assert.True(fused["lit"]!.GetValue<int>() > pixels / 10, $"only {fused["lit"]} of {pixels} canvas pixels are not background: {fused.ToJsonString()}");
        Assert.True(fused["hot"]!.GetValue<int>() > ctOnly["hot"]!.GetValue<int>() + (pixels / 20),
            $"the PET overlay adds too few hot-coloured pixels: fused {fused.ToJsonString()}, CT only {ctOnly.ToJsonString()}");
        Assert.True(fused["cyan"]!.GetValue<int>() > 0, $"no lesion outline pixels: {fused.ToJsonString()}");

        // Clicking the row of lesion 1 moves the crosshair to its centroid: LPS (-42, 10, 14) is RAS (42, -10, 14).
        double[] before = await CrosshairAsync(page, token);
        JsonNode beforePixels = (await page.EvaluateAsync(CanvasStatistics, token))!;
        await ClickElementAsync(page, "#lesion-table tbody tr[data-lesion-id='1']", token);
        double[] after = await CrosshairAsync(page, token);
        JsonNode afterPixels = (await page.EvaluateAsync(CanvasStatistics, token))!;
        var centre = TestWorkspace.Spheres[0].CentreMm;
        Assert.NotEqual(before, after);
        Assert.Equal(-centre.X, after[0], 0.01);
        Assert.Equal(-centre.Y, after[1], 0.01);
        Assert.Equal(centre.Z, after[2], 0.01);
        Assert.NotEqual(beforePixels["hash"]!.GetValue<long>(), afterPixels["hash"]!.GetValue<long>());
        string location = (await page.EvaluateAsync("document.getElementById('location').textContent", token))!.GetValue<string>();
        Assert.Contains("lesion 1", location);
        Assert.Contains("LPS (-42.0, 10.0, 14.0) mm", location);
        Assert.Contains("SUV 8.00", location);

        await SaveScreenshotIfAskedAsync(page, token);
        Assert.Empty(page.PageErrors);
    }

    private static async Task<double[]> CrosshairAsync(DevToolsSession page, CancellationToken token) =>
        (await page.EvaluateAsync("Array.from(window.pulmopetViewer.nv.frac2mm(window.pulmopetViewer.nv.scene.crosshairPos, 0, true)).slice(0, 3)", token))!
            .AsArray().Select(n => n!.GetValue<double>()).ToArray();

    private static async Task WaitForAsync(DevToolsSession page, string condition, CancellationToken token)
    {
        try
        {
            while (!(await page.EvaluateAsync($"Boolean({condition})", token))!.GetValue<bool>())
            {
                await Task.Delay(50, token);
            }
        }
        catch (OperationCanceledException exception)
        {
            throw new TimeoutException(
                $"The page never reached `{condition}` within {Limit.TotalMinutes} minutes; page errors: [{string.Join("; ", page.PageErrors)}].", exception);
        }
    }

    /// <summary>Moves the mouse to the middle of an element and clicks there.</summary>
    private static async Task ClickElementAsync(DevToolsSession page, string selector, CancellationToken token)
    {
        JsonNode box = (await page.EvaluateAsync(
            $"(() => {{ const e = document.querySelector(\"{selector}\"); e.scrollIntoView(); const r = e.getBoundingClientRect(); return {{ x: r.x + r.width / 2, y: r.y + r.height / 2 }}; }})()", token))!;
        await page.ClickAsync(box["x"]!.GetValue<double>(), box["y"]!.GetValue<double>(), token);
    }

    private static Task SetInputAsync(DevToolsSession page, string selector, string value, CancellationToken token) =>
        page.EvaluateAsync($"(() => {{ const e = document.querySelector('{selector}'); e.value = '{value}'; e.dispatchEvent(new Event('input')); }})()", token);

    /// <summary>PULMOPET_VIEWER_SCREENSHOT=file.png keeps a picture of the page for a person to look at.</summary>
    private static async Task SaveScreenshotIfAskedAsync(DevToolsSession page, CancellationToken token)
    {
        string? path = Environment.GetEnvironmentVariable("PULMOPET_VIEWER_SCREENSHOT");
        if (!string.IsNullOrWhiteSpace(path))
        {
            JsonObject shot = await page.SendAsync("Page.captureScreenshot", new { format = "png" }, token);
            await File.WriteAllBytesAsync(path, Convert.FromBase64String(shot["data"]!.GetValue<string>()), token);
        }
    }
}
