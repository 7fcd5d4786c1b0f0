export default function Home() {
  return <main>ByteLyst web (compose2helm sample placeholder)</main>;
}
