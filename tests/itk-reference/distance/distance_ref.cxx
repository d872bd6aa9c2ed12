// ITK 5.2 reference for SegSense's distance code.
// Usage: distance_ref maurer IN.mha OUT.mha
//          SignedMaurerDistanceMapImageFilter (UseImageSpacing on, SquaredDistance off, inside negative);
//          writes a double distance map, prints "time_ms T".
//        distance_ref hausdorff A.mha B.mha
//          HausdorffDistanceImageFilter (UseImageSpacing on); prints "hausdorff H", "average A", "time_ms T".
// Inputs: 3-D unsigned char MetaImages (non-zero = object).
#include "itkHausdorffDistanceImageFilter.h"
#include "itkImage.h"
#include "itkImageFileReader.h"
#include "itkImageFileWriter.h"
#include "itkSignedMaurerDistanceMapImageFilter.h"
#include <chrono>
#include <cstdio>
#include <cstring>

using InImage = itk::Image<unsigned char, 3>;
using DistImage = itk::Image<double, 3>;

static InImage::Pointer read(const char * f)
{
  auto reader = itk::ImageFileReader<InImage>::New();
  reader->SetFileName(f);
  reader->Update();
  return reader->GetOutput();
}

int main(int argc, char * argv[])
{
  if (argc != 4)
  {
    std::fprintf(stderr, "usage: %s maurer IN OUT | hausdorff A B\n", argv[0]);
    return 2;
  }
  try
  {
    if (std::strcmp(argv[1], "maurer") == 0)
    {
      auto in = read(argv[2]);
      auto filter = itk::SignedMaurerDistanceMapImageFilter<InImage, DistImage>::New();
      filter->SetInput(in);
      filter->SetUseImageSpacing(true);
      filter->SetSquaredDistance(false);
      filter->SetInsideIsPositive(false);
      const auto t0 = std::chrono::steady_clock::now();
      filter->Update();
      const auto t1 = std::chrono::steady_clock::now();
      std::printf("time_ms %.3f\n", std::chrono::duration<double, std::milli>(t1 - t0).count());
      auto writer = itk::ImageFileWriter<DistImage>::New();
      writer->SetFileName(argv[3]);
      writer->SetInput(filter->GetOutput());
      writer->Update();
    }
    else
    {
      auto a = read(argv[2]);
      auto b = read(argv[3]);
      auto filter = itk::HausdorffDistanceImageFilter<InImage, InImage>::New();
      filter->SetInput1(a);
      filter->SetInput2(b);
      filter->SetUseImageSpacing(true);
      const auto t0 = std::chrono::steady_clock::now();
      filter->Update();
      const auto t1 = std::chrono::steady_clock::now();
      std::printf("hausdorff %.17g\n", filter->GetHausdorffDistance());
      std::printf("average %.17g\n", filter->GetAverageHausdorffDistance());
      std::printf("time_ms %.3f\n", std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
  }
  catch (const itk::ExceptionObject & e)
  {
    std::fprintf(stderr, "ITK error: %s\n", e.what());
    return 1;
  }
  return 0;
}
