# syntax=docker/dockerfile:1
# Career Graph as a container image: built with the Maven wrapper, run from Spring Boot's layered jar as a
# non-root user. Build: docker build -t career-graph .   (docker-compose.yml builds it too)

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY src/main src/main
COPY cypher cypher
COPY seeds seeds
# the local Maven repository is a build cache, so a rebuild downloads nothing it already has
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q package -Dmaven.test.skip=true \
 && java -Djarmode=tools -jar target/career-graph-*.jar extract --layers --launcher --destination /layers

FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 career-graph \
 && useradd --system --uid 10001 --gid career-graph --home-dir /app --shell /usr/sbin/nologin career-graph \
 && mkdir -p /app/data && chown career-graph:career-graph /app/data
WORKDIR /app
# least to most often changed: a new build of the application replaces only the last layer
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER career-graph:career-graph
# The JVM sizes its heap from the container's memory limit; the embedded Neo4j (when no spring.neo4j.uri is
# set) keeps its page cache off the heap, hence 60 % rather than more. Override with -e JAVA_TOOL_OPTIONS=…
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=60 -XX:InitialRAMPercentage=25 -XX:+ExitOnOutOfMemoryError -XX:+UseG1GC --add-opens=java.base/java.nio=ALL-UNNAMED" \
    CAREER_GRAPH_EMBEDDED_DATA_DIRECTORY=/app/data
VOLUME /app/data
EXPOSE 8080
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
