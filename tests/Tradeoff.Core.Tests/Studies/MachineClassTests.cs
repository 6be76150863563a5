using Tradeoff.Core.Studies;

namespace Tradeoff.Core.Tests.Studies;

/// <summary>Machine classes: read from <c>protocol.machine-class</c>, derived from a CPU model and core count.</summary>
public sealed class MachineClassTests
{
    private const string Head = "name: s\ndata: { train: a.csv }\n";

    [Fact]
    public void Should_read_the_machine_class_a_study_names_and_none_by_default()
    {
        Assert.Equal("xeon-8370c-2-cores", StudyFixture.Parse(Head + "protocol: { machine-class: xeon-8370c-2-cores }\n").Protocol.MachineClass);
        Assert.Null(StudyFixture.Parse(Head).Protocol.MachineClass);
    }

    [Theory]
    [InlineData("Big Iron")]
    [InlineData("big_iron")]
    [InlineData("-big")]
    [InlineData("a-very-long-machine-class-name-that-goes-past-sixty-characters-x")]
    public void Should_report_a_machine_class_that_is_not_a_short_kebab_case_name_with_its_place(string name)
    {
        var problem = StudyFixture.Problem(Head + $"protocol: {{ machine-class: '{name}' }}\n");

        Assert.Equal($"3:28: 'protocol.machine-class' must be a kebab-case name such as xeon-8370c-2-cores (at most 60 characters); found '{name}'", problem);
    }

    [Theory]
    [InlineData("Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz", 2, "intel-xeon-platinum-8370c-cpu-2-80ghz-2-cores")]
    [InlineData("AMD EPYC 7763 64-Core Processor", 16, "amd-epyc-7763-64-core-processor-16-cores")]
    [InlineData("", 4, "unknown-cpu-4-cores")]
    [InlineData("Some Vendor Extraordinarily Long Model Name With Many Words And More Words v2", 128, "some-vendor-extraordinarily-long-model-name-with-m-128-cores")]
    public void Should_derive_a_valid_class_from_the_CPU_model_and_core_count(string cpu, int cores, string expected)
    {
        var machineClass = MachineClass.Of(cpu, cores);

        Assert.Equal(expected, machineClass);
        Assert.True(MachineClass.IsValid(machineClass));
    }
}
