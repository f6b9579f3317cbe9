using System.Net;
using System.Net.NetworkInformation;
using System.Text;
using System.Text.Json.Nodes;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;

namespace PulmoPet.Web.Tests;

/// <summary>The viewer's HTTP surface: what it serves, and everything it refuses.</summary>
public sealed class ViewerServerTests(ServedWorkspace fixture) : IClassFixture<ServedWorkspace>
{
    private Uri Server => fixture.Server.Address;

    public static TheoryData<string> TraversalAttempts => new()
    {
        "/../../../../etc/passwd",
        "/api/cases/../../../../etc/passwd",
        "/api/cases/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/api/cases/%2E%2E/secret.txt",
        "/api/cases/..%2f..%2fsecret.txt/pet.nii",
        "/api/cases/..%2F..%2F/pet.nii",
        "/api/cases/%2e%2e%2f%2e%2e/pet.nii",
        "/api/cases/%2e%2e/lesions",
        "/api/cases/P001/..%2f..%2f..%2fsecret.txt",
        "/api/cases/P001/%2e%2e%2f%2e%2e%2f%2e%2e%2fsecret.txt",
        "/api/cases/..%5c..%5csecret.txt/pet.nii",
        "/api/cases/%2fetc%2fpasswd/pet.nii",
        "/api/cases/%2Ftmp/lesions",
        "/api/cases//etc/pet.nii",
        "/etc/passwd",
        "//etc/passwd",
        "/assets/..%2f..%2fstudy.json",
        "/assets/%2e%2e/%2e%2e/study.json",
        "/assets/index.html/../../study.json",
        "/study.json",
        "/manifest.csv",
        "/cases/P001/pet.nii.gz",
        "/cases/P001/lesions.csv",
        // Files of the case that the viewer does not need are not served either.
        "/api/cases/P001/pet.nii.gz",
        "/api/cases/P001/lungs.nii",
        "/api/cases/P001/lesions.csv",
        "/api/cases/P001/mip.png",
        "/api/cases/P001/summary.json",
        "/assets/index.html",
        // Symbolic links that lead out of the workspace.
        "/api/cases/escape/pet.nii",
        "/api/cases/escape/lesions",
        "/api/cases/P002/pet.nii",
        "/api/cases/P002/lesions",
        "/api/cases/not%20a%20case%20id/lesions",
    };

    [Theory]
    [MemberData(nameof(TraversalAttempts))]
    public async Task Paths_outside_the_whitelist_are_not_found(string target)
    {
        var response = await RawHttp.SendAsync(Server, "GET", target);
        Assert.Equal(404, response.Status);
        Assert.DoesNotContain(ServedWorkspace.Secret, response.BodyText);
        Assert.DoesNotContain("root:", response.BodyText);
    }

    [Fact]
    public async Task An_absolute_form_request_target_is_held_to_the_same_whitelist()
    {
        var response = await RawHttp.SendAsync(Server, "GET", $"http://{Server.Authority}/api/cases/../../../secret.txt");
        Assert.Equal(404, response.Status);
        var page = await RawHttp.SendAsync(Server, "GET", $"http://{Server.Authority}/api/cases");
        Assert.Equal(200, page.Status);
    }

    [Theory]
    [InlineData("POST", "/")]
    [InlineData("PUT", "/api/cases/P001/pet.nii")]
    [InlineData("DELETE", "/api/cases/P001/pet.nii")]
    [InlineData("PATCH", "/api/cases/P001/lesions")]
    [InlineData("OPTIONS", "/api/cases")]
    [InlineData("TRACE", "/")]
    [InlineData("POST", "/no/such/path")]
    public async Task Methods_other_than_GET_and_HEAD_are_not_allowed(string method, string target)
    {
        var response = await RawHttp.SendAsync(Server, method, target);
        Assert.Equal(405, response.Status);
        Assert.Equal("GET, HEAD", response.Headers["Allow"]);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/cases")]
    [InlineData("/api/cases/P001/lesions")]
    [InlineData("/api/cases/P001/pet.nii")]
    public async Task HEAD_answers_like_GET_without_a_body(string target)
    {
        var response = await RawHttp.SendAsync(Server, "HEAD", target);
        Assert.Equal(200, response.Status);
        Assert.Empty(response.Body);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:80")]
    [InlineData("192.168.1.20")]
    public async Task Requests_for_another_host_name_are_refused(string host)
    {
        // A page on another site that rebinds its name to 127.0.0.1 sends its own name as Host.
        var response = await RawHttp.SendAsync(Server, "GET", "/api/cases", host.Contains(':') ? host : $"{host}:{Server.Port}");
        Assert.Equal(421, response.Status);
    }

    [Fact]
    public void The_server_listens_on_127_0_0_1_only()
    {
        Assert.Equal("127.0.0.1", Server.Host);
        var listeners = IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpListeners().Where(e => e.Port == Server.Port).ToList();
        Assert.NotEmpty(listeners);
        Assert.All(listeners, endpoint => Assert.Equal(IPAddress.Loopback, endpoint.Address));
    }

    [Fact]
    public async Task The_case_list_holds_the_case_folders_with_valid_ids_that_stay_inside_the_workspace()
    {
        var cases = await GetJsonAsync("/api/cases");
        var ids = cases["cases"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()).ToArray();
        Assert.Equal(["P001", "P002", "P003"], ids);
        JsonNode Case(string id) => cases["cases"]!.AsArray().Single(c => c!["id"]!.GetValue<string>() == id)!;
        Assert.Equal(["pet.nii", "ct.nii", "lesions.nii"], Case("P001")["volumes"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.True(Case("P001")["lesion_table"]!.GetValue<bool>());
        Assert.Empty(Case("P002")["volumes"]!.AsArray());
        Assert.False(Case("P002")["lesion_table"]!.GetValue<bool>());
        Assert.Equal(["pet.nii"], Case("P003")["volumes"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    [Fact]
    public async Task The_lesion_table_gives_the_whitelisted_columns_with_centroids_at_the_sphere_centres()
    {
        var table = await GetJsonAsync("/api/cases/P001/lesions");
        Assert.Equal("P001", table["case_id"]!.GetValue<string>());
        var lesions = table["lesions"]!.AsArray();
        Assert.Equal(TestWorkspace.Spheres.Length, lesions.Count);
        for (int i = 0; i < lesions.Count; i++)
        {
            var lesion = lesions[i]!.AsObject();
            Assert.Equal(
                ["lesion_id", "suv_max", "suv_mean", "suv_peak", "mtv_ml", "tlg", "centroid_x_mm", "centroid_y_mm", "centroid_z_mm", "max_diameter_mm", "side", "zone"],
                lesion.Select(p => p.Key));
            var (centre, _, suv) = TestWorkspace.Spheres[i];
            Assert.Equal(i + 1, lesion["lesion_id"]!.GetValue<int>());
            Assert.Equal(suv, lesion["suv_max"]!.GetValue<double>(), 4);
            Assert.Equal(centre.X, lesion["centroid_x_mm"]!.GetValue<double>(), 2);
            Assert.Equal(centre.Y, lesion["centroid_y_mm"]!.GetValue<double>(), 2);
            Assert.Equal(centre.Z, lesion["centroid_z_mm"]!.GetValue<double>(), 2);
            Assert.Equal(centre.X < 0 ? "right" : "left", lesion["side"]!.GetValue<string>());
        }
    }

    [Theory]
    [InlineData("pet.nii", "pet.nii.gz")]
    [InlineData("ct.nii", "ct.nii.gz")]
    [InlineData("lesions.nii", "lesions.nii.gz")]
    public async Task Volumes_are_served_uncompressed_with_the_same_grid_and_voxels_and_no_header_text(string served, string stored)
    {
        var response = await RawHttp.SendAsync(Server, "GET", $"/api/cases/P001/{served}");
        Assert.Equal(200, response.Status);
        Assert.Equal("application/octet-stream", response.Headers["Content-Type"]);
        Assert.Equal(348, BitConverter.ToInt32(response.Body, 0));
        Assert.DoesNotContain(TestWorkspace.IdentifyingDescription, Encoding.ASCII.GetString(response.Body));
        using var temp = new TempDirectory();
        File.WriteAllBytes(temp.File(served), response.Body);
        Volume original = ImageFile.Read(Path.Combine(fixture.Workspace.CaseFolder, stored));
        Volume copy = ImageFile.Read(temp.File(served));
        Assert.True(original.Geometry.IsSameGrid(copy.Geometry), $"{copy.Geometry} differs from {original.Geometry}");
        Assert.Equal(original.VoxelType, copy.VoxelType);
        Assert.Equal(original.AsBytes().ToArray(), copy.AsBytes().ToArray());
        Assert.Equal(string.Empty, ImageFile.ReadHeader(temp.File(served)).Description);
    }

    [Fact]
    public async Task A_volume_linked_from_another_case_inside_the_workspace_is_served()
    {
        var linked = await RawHttp.SendAsync(Server, "GET", "/api/cases/P003/pet.nii");
        var direct = await RawHttp.SendAsync(Server, "GET", "/api/cases/P001/pet.nii");
        Assert.Equal(200, linked.Status);
        Assert.Equal(direct.Body, linked.Body);
    }

    [Fact]
    public async Task The_page_and_its_scripts_load_from_this_server_only()
    {
        foreach (string asset in new[] { "/", "/assets/viewer.js", "/assets/viewer.css" })
        {
            var response = await RawHttp.SendAsync(Server, "GET", asset);
            Assert.Equal(200, response.Status);
            Assert.DoesNotContain("http:", response.BodyText);
            Assert.DoesNotContain("https:", response.BodyText);
            Assert.DoesNotContain("src=\"//", response.BodyText);
            Assert.Contains("default-src 'none'", response.Headers["Content-Security-Policy"]);
        }

        var page = await RawHttp.SendAsync(Server, "GET", "/");
        Assert.Contains("<script type=\"module\" src=\"/assets/viewer.js\"></script>", page.BodyText);
        var viewer = await RawHttp.SendAsync(Server, "GET", "/assets/viewer.js");
        Assert.Contains("from '/assets/niivue.js'", viewer.BodyText);
        var niivue = await RawHttp.SendAsync(Server, "GET", "/assets/niivue.js");
        Assert.Equal(200, niivue.Status);
        Assert.StartsWith("text/javascript", niivue.Headers["Content-Type"]);
        Assert.Contains("var Niivue = class", niivue.BodyText);
    }

    private async Task<JsonNode> GetJsonAsync(string target)
    {
        var response = await RawHttp.SendAsync(Server, "GET", target);
        Assert.Equal(200, response.Status);
        Assert.StartsWith("application/json", response.Headers["Content-Type"]);
        return JsonNode.Parse(response.BodyText)!;
    }
}
