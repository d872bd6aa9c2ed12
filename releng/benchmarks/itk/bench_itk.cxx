// ITK 5.2 side of SegSense's image benchmark (releng/benchmarks/image-vs-itk.sh).
//
// Usage: bench_itk DIR [RUNS]      (RUNS default 5)
//
// DIR holds the inputs that `./segsense bench image --write-inputs DIR` writes:
//   image.nii.gz (float32 N^3), rater0..rater{R-1}.nii.gz (uint8 0/1), labels0..labels{R-1}.nii.gz
//   (uint8 0..3), pred.nii.gz and ref.nii.gz (uint8 0/1).
// For each operation: one untimed warm-up run, then RUNS timed runs of only the operation (file I/O
// excluded except for the I/O operations); the median wall time is reported. ITK runs with its
// default multithreading (itk::MultiThreaderBase's global default number of threads).
// Prints JSON on stdout: {"operations":{"NAME":{"medianMs":M,"runs":n,...},...},"size":N,"threads":T}
// Progress goes to stderr.
#include "itkBSplineInterpolateImageFunction.h"
#include "itkConfigure.h"
#include "itkEuler3DTransform.h"
#include "itkHausdorffDistanceImageFilter.h"
#include "itkImage.h"
#include "itkImageFileReader.h"
#include "itkImageFileWriter.h"
#include "itkLinearInterpolateImageFunction.h"
#include "itkMultiLabelSTAPLEImageFilter.h"
#include "itkMultiThreaderBase.h"
#include "itkNearestNeighborInterpolateImageFunction.h"
#include "itkResampleImageFilter.h"
#include "itkSTAPLEImageFilter.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <random>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace fs = std::filesystem;

using FloatImage = itk::Image<float, 3>;
using LabelImage = itk::Image<unsigned char, 3>;

namespace
{

struct Result
{
  std::string name;
  double medianMs;
  int runs;
  std::string extra; // additional JSON members, already formatted (e.g. "\"iterations\":12")
};

double
median(std::vector<double> v)
{
  std::sort(v.begin(), v.end());
  const size_t n = v.size();
  return n % 2 == 1 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

// op() does one complete run and returns the milliseconds of its timed part.
Result
measure(const std::string & name, int runs, const std::function<double()> & op)
{
  std::fprintf(stderr, "bench_itk: %s (1 warm-up + %d runs) ...", name.c_str(), runs);
  std::fflush(stderr);
  op(); // warm-up, untimed
  std::vector<double> ms;
  for (int i = 0; i < runs; ++i)
  {
    ms.push_back(op());
  }
  const double m = median(ms);
  std::fprintf(stderr, " median %.1f ms\n", m);
  return Result{ name, m, runs, "" };
}

template <typename F>
double
timeMs(F && f)
{
  const auto t0 = std::chrono::steady_clock::now();
  f();
  const auto t1 = std::chrono::steady_clock::now();
  return std::chrono::duration<double, std::milli>(t1 - t0).count();
}

template <typename TImage>
typename TImage::Pointer
read(const fs::path & file)
{
  auto reader = itk::ImageFileReader<TImage>::New();
  reader->SetFileName(file.string());
  reader->Update();
  typename TImage::Pointer image = reader->GetOutput();
  image->DisconnectPipeline();
  return image;
}

template <typename TImage>
std::vector<typename TImage::Pointer>
readNumbered(const fs::path & dir, const std::string & prefix)
{
  std::vector<typename TImage::Pointer> images;
  for (int i = 0;; ++i)
  {
    const fs::path f = dir / (prefix + std::to_string(i) + ".nii.gz");
    if (!fs::exists(f))
    {
      break;
    }
    images.push_back(read<TImage>(f));
  }
  return images;
}

std::string
jsonNumber(double v)
{
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%.3f", v);
  return buf;
}

} // namespace

int
main(int argc, char * argv[])
{
  if (argc < 2 || argc > 3)
  {
    std::fprintf(stderr, "usage: %s DIR [RUNS]\n", argv[0]);
    return 2;
  }
  const fs::path dir = argv[1];
  const int runs = argc == 3 ? std::atoi(argv[2]) : 5;
  if (runs < 1)
  {
    std::fprintf(stderr, "bench_itk: RUNS must be a positive integer, got '%s'\n", argv[2]);
    return 2;
  }
  for (const char * f : { "image.nii.gz", "rater0.nii.gz", "labels0.nii.gz", "pred.nii.gz", "ref.nii.gz" })
  {
    if (!fs::exists(dir / f))
    {
      std::fprintf(stderr, "bench_itk: missing input %s\n", (dir / f).string().c_str());
      return 2;
    }
  }

  std::vector<Result> results;
  fs::path tmp;
  try
  {
    // ---- NIfTI I/O -------------------------------------------------------------------------
    const fs::path imageFile = dir / "image.nii.gz";
    results.push_back(measure("niftiReadGz", runs, [&] {
      auto reader = itk::ImageFileReader<FloatImage>::New();
      reader->SetFileName(imageFile.string());
      return timeMs([&] { reader->Update(); });
    }));

    FloatImage::Pointer image = read<FloatImage>(imageFile);
    const auto size = image->GetLargestPossibleRegion().GetSize();

    std::random_device rd;
    std::ostringstream tmpName;
    tmpName << "segsense-bench-itk-" << std::hex << rd() << rd();
    tmp = fs::temp_directory_path() / tmpName.str();
    fs::create_directories(tmp);
    const fs::path outFile = tmp / "image-out.nii.gz";
    results.push_back(measure("niftiWriteGz", runs, [&] {
      auto writer = itk::ImageFileWriter<FloatImage>::New();
      writer->SetInput(image);
      writer->SetFileName(outFile.string());
      writer->UseCompressionOn();
      const double ms = timeMs([&] { writer->Update(); });
      fs::remove(outFile);
      return ms;
    }));

    // ---- Resampling ------------------------------------------------------------------------
    using Transform = itk::Euler3DTransform<double>;
    auto transform = Transform::New();
    const double deg = itk::Math::pi / 180.0;
    itk::ContinuousIndex<double, 3> centreIndex;
    for (unsigned d = 0; d < 3; ++d)
    {
      centreIndex[d] = (static_cast<double>(size[d]) - 1.0) / 2.0;
    }
    FloatImage::PointType centre;
    image->TransformContinuousIndexToPhysicalPoint(centreIndex, centre);
    transform->SetCenter(centre);
    transform->SetRotation(5.0 * deg, -3.0 * deg, 2.0 * deg);
    Transform::OutputVectorType translation;
    translation[0] = 1.5;
    translation[1] = -2.0;
    translation[2] = 0.5;
    transform->SetTranslation(translation);

    using Resample = itk::ResampleImageFilter<FloatImage, FloatImage, double, double>;
    using Interp = Resample::InterpolatorType;
    auto resample = [&](const std::string & name, const std::function<Interp::Pointer()> & makeInterpolator) {
      results.push_back(measure(name, runs, [&] {
        auto filter = Resample::New();
        filter->SetInput(image);
        filter->SetTransform(transform);
        filter->SetInterpolator(makeInterpolator());
        filter->SetOutputParametersFromImage(image);
        filter->SetDefaultPixelValue(0.0f);
        return timeMs([&] { filter->Update(); });
      }));
    };
    resample("resampleNearest",
             [] { return Interp::Pointer(itk::NearestNeighborInterpolateImageFunction<FloatImage, double>::New()); });
    resample("resampleLinear",
             [] { return Interp::Pointer(itk::LinearInterpolateImageFunction<FloatImage, double>::New()); });
    resample("resampleBSpline", [] {
      // Spline order 3 is the default.
      return Interp::Pointer(itk::BSplineInterpolateImageFunction<FloatImage, double, double>::New());
    });
    image = nullptr;

    // ---- STAPLE ----------------------------------------------------------------------------
    {
      const auto raters = readNumbered<LabelImage>(dir, "rater");
      // as SimpleITK instantiates it: output NumericTraits<uint8>::RealType = double
      using Staple = itk::STAPLEImageFilter<LabelImage, itk::Image<double, 3>>;
      unsigned int iterations = 0;
      Result r = measure("stapleBinary", runs, [&] {
        auto filter = Staple::New();
        filter->SetForegroundValue(1);
        for (unsigned i = 0; i < raters.size(); ++i)
        {
          filter->SetInput(i, raters[i]);
        }
        const double ms = timeMs([&] { filter->Update(); });
        iterations = filter->GetElapsedIterations();
        return ms;
      });
      r.extra = "\"iterations\":" + std::to_string(iterations) + ",\"raters\":" + std::to_string(raters.size());
      results.push_back(r);
    }
    {
      const auto labels = readNumbered<LabelImage>(dir, "labels");
      using MLStaple = itk::MultiLabelSTAPLEImageFilter<LabelImage, LabelImage, float>;
      unsigned int iterations = 0;
      Result r = measure("stapleMultiLabel", runs, [&] {
        auto filter = MLStaple::New();
        for (unsigned i = 0; i < labels.size(); ++i)
        {
          filter->SetInput(i, labels[i]);
        }
        const double ms = timeMs([&] { filter->Update(); });
        iterations = filter->GetElapsedNumberOfIterations();
        return ms;
      });
      r.extra = "\"iterations\":" + std::to_string(iterations) + ",\"raters\":" + std::to_string(labels.size());
      results.push_back(r);
    }

    // ---- Distance metrics (ITK has no HD95: symmetric Hausdorff distance instead) ----------
    {
      const auto pred = read<LabelImage>(dir / "pred.nii.gz");
      const auto ref = read<LabelImage>(dir / "ref.nii.gz");
      using Hausdorff = itk::HausdorffDistanceImageFilter<LabelImage, LabelImage>;
      double hd = 0.0;
      Result r = measure("distanceMetrics", runs, [&] {
        auto filter = Hausdorff::New();
        filter->SetInput1(pred);
        filter->SetInput2(ref);
        const double ms = timeMs([&] { filter->Update(); });
        hd = filter->GetHausdorffDistance();
        return ms;
      });
      r.extra = "\"itkFilter\":\"HausdorffDistanceImageFilter\",\"hausdorffMm\":" + jsonNumber(hd);
      results.push_back(r);
    }

    std::error_code ec;
    fs::remove_all(tmp, ec);

    std::printf("{\"operations\":{");
    for (size_t i = 0; i < results.size(); ++i)
    {
      const Result & r = results[i];
      std::printf("%s\"%s\":{\"medianMs\":%s,\"runs\":%d%s%s}", i ? "," : "", r.name.c_str(),
                  jsonNumber(r.medianMs).c_str(), r.runs, r.extra.empty() ? "" : ",", r.extra.c_str());
    }
    std::printf("},\"size\":%lu,\"threads\":%u,\"itkVersion\":\"%s\"}\n", static_cast<unsigned long>(size[0]),
                itk::MultiThreaderBase::GetGlobalDefaultNumberOfThreads(), ITK_VERSION_STRING);
  }
  catch (const std::exception & e)
  {
    std::fprintf(stderr, "\nbench_itk: %s\n", e.what());
    if (!tmp.empty())
    {
      std::error_code ec;
      fs::remove_all(tmp, ec);
    }
    return 1;
  }
  return 0;
}
